import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

export const NOTIFICATION_REMINDERS = ['due_soon', 'overdue'] as const;
export type NotificationReminder = (typeof NOTIFICATION_REMINDERS)[number];

export const DUE_TARGET_TYPES = ['programme', 'inspection'] as const;
export type DueTargetType = (typeof DUE_TARGET_TYPES)[number];

/** A person's in-app notice of a due or overdue item (deadline reminders). */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    tenantId: p.uuid().primary(),
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    userId: p.uuid(),
    itemKey: p.text(),
    reminder: p.enum(() => [...NOTIFICATION_REMINDERS]).$type<NotificationReminder>(),
    kind: p.text(),
    title: p.json<{ bg: string; en: string; uk: string }>(),
    dueOn: p.date(),
    /** The service the item concerns, if any. */
    serviceId: p.uuid().nullable(),
    /** The one record the item concerns, if any: the web app decides where it links. */
    targetType: p
      .enum(() => [...DUE_TARGET_TYPES])
      .$type<DueTargetType>()
      .nullable(),
    targetId: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    readAt: p.datetime().nullable(),
    emailedAt: p.datetime().nullable(),
  },
});
export type Notification = InferEntity<typeof Notification>;

/** A person's secret iCal feed link (only its hash is kept). */
export const CalendarFeed = defineEntity({
  name: 'CalendarFeed',
  tableName: 'calendar_feed',
  properties: {
    userId: p.uuid().primary(),
    tokenHash: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type CalendarFeed = InferEntity<typeof CalendarFeed>;
