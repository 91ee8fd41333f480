import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';
import { inboxSchemas } from '../notices/index.ts';

export const Trilingual = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });

export const Day = DateOnly({ default: '2026-03-31' });

/** What an item is about when it is one record; the web app decides where it links (the API builds no web paths). */
export const DueTarget = Type.Union([
  Type.Object({
    type: Type.Union([Type.Literal('programme'), Type.Literal('inspection')]),
    id: Type.String(),
  }),
  Type.Null(),
]);

export const DueItemSchema = Type.Object(
  {
    key: Type.String({ description: 'Stable per item: the same quarter of the same service keeps its key' }),
    kind: Type.String({
      description:
        '`periodic_check`, `team_meeting`, `head_meeting`, `semiannual_analysis`, `annual_report`, `programme_review`, `document_review` (more kinds come with new sources)',
    }),
    serviceId: Type.Union([Uuid, Type.Null()]),
    title: Trilingual,
    dueOn: DateOnly({ description: 'A calendar date in Europe/Sofia' }),
    status: Type.Union(
      [Type.Literal('upcoming'), Type.Literal('due'), Type.Literal('overdue'), Type.Literal('done')],
      { description: '`due`: within 7 days (today included); `overdue`: past and not done' },
    ),
    tracked: Type.Boolean({
      description:
        'False when the source does not record whether it was done: then it is never called overdue',
    }),
    target: DueTarget,
  },
  { $id: 'DueItem' },
);

export const DeadlinesSchema = Type.Object(
  {
    today: DateOnly({ description: 'Today in Europe/Sofia' }),
    from: DateOnly(),
    to: DateOnly(),
    items: Type.Array(DueItemSchema),
  },
  { $id: 'Deadlines' },
);

export const [NotificationSchema, NotificationListSchema] = inboxSchemas('Notification', {
  id: Uuid,
  itemKey: Type.String(),
  kind: Type.String(),
  reminder: Type.Union([Type.Literal('due_soon'), Type.Literal('overdue')]),
  title: Trilingual,
  dueOn: DateOnly(),
  serviceId: Type.Union([Uuid, Type.Null()]),
  target: DueTarget,
});

export const DeadlineSummarySchema = Type.Object(
  {
    overdue: Type.Integer({
      description: 'Past due, not done, tracked: what the deadlines page lists as overdue',
    }),
    dueThisWeek: Type.Integer({ description: 'Due within 7 days, today included' }),
    untracked: Type.Integer({ description: 'Past due in a source that does not record completion' }),
  },
  { $id: 'DeadlineSummary' },
);

export const CalendarFeedSchema = Type.Object(
  {
    exists: Type.Boolean(),
    createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'CalendarFeed' },
);

export const NotificationParams = Type.Object({ tenantId: Uuid, notificationId: Uuid });

export const ListDeadlinesQuery = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
);

export const CalendarFeedParams = Type.Object({
  file: Type.String({ pattern: '^[A-Za-z0-9_-]{43}\\.ics$', description: '<secret>.ics' }),
});
