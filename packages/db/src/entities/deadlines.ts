import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, oneOf } from './columns.ts';

export const NOTIFICATION_REMINDERS = ['due_soon', 'overdue'] as const;
export type NotificationReminder = (typeof NOTIFICATION_REMINDERS)[number];

export const DUE_TARGET_TYPES = ['programme', 'inspection'] as const;
export type DueTargetType = (typeof DUE_TARGET_TYPES)[number];

/** What a notice can be about: the records due items name, and contracts and reports. */
export const NOTICE_TARGET_TYPES = ['programme', 'inspection', 'contract', 'report'] as const;
export type NoticeTargetType = (typeof NOTICE_TARGET_TYPES)[number];

/** What happened that a person hears about (issue 14); each kind can be turned off, in the app and by e-mail. */
export const NOTICE_EVENTS = [
  'contract_proposed',
  'inspection_ordered',
  'inspection_signed',
  'report_received',
  'programme_received',
  'programme_decided',
  'comment_written',
] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/**
 * A person's in-app notice: a reminder of a due or overdue item (`reminder`, `dueOn`), or a notice of what someone
 * else did (`event`, `actorName`).
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    ...tenantKey(),
    userId: p.uuid(),
    itemKey: p.text(),
    reminder: oneOf(NOTIFICATION_REMINDERS).nullable(),
    event: oneOf(NOTICE_EVENTS).nullable(),
    /** Who did it: the acting organisation's name as it was. */
    actorName: p.text().nullable(),
    kind: p.text(),
    title: p.json<{ bg: string; en: string; uk: string }>(),
    dueOn: p.date().nullable(),
    /** The service the item concerns, if any. */
    serviceId: p.uuid().nullable(),
    /** The one record the item concerns, if any: the web app decides where it links. */
    targetType: oneOf(NOTICE_TARGET_TYPES).nullable(),
    targetId: p.text().nullable(),
    createdAt: createdNow(),
    readAt: p.datetime().nullable(),
    emailedAt: p.datetime().nullable(),
    /** Whether the person wanted this one by e-mail when it was made; the outbox is `email and emailedAt null`. */
    email: p.boolean().default(true),
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
    createdAt: createdNow(),
  },
});
export type CalendarFeed = InferEntity<typeof CalendarFeed>;

/** A person's choice per kind of notice in one organisation; no row means in the app and by e-mail. */
export const NoticePreference = defineEntity({
  name: 'NoticePreference',
  tableName: 'notice_preference',
  properties: {
    tenantId: p.uuid().primary(),
    userId: p.uuid().primary(),
    event: oneOf(NOTICE_EVENTS).primary(),
    inApp: p.boolean().default(true),
    email: p.boolean().default(true),
    updatedAt: createdNow(),
  },
});
export type NoticePreference = InferEntity<typeof NoticePreference>;
