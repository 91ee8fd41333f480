import { Type, type TProperties } from 'typebox';
import { NOTICE_EVENTS } from '@mera/db';
import { DateTime, Uuid } from '../../shared/http-schemas.ts';

/**
 * The one inbox's shapes (the notices here, the deadlines' reminders): an entry — its kind's own fields, when it came
 * and when it was read — and the list of them with how many are unread, registered as `<entry>` and `<entry>List`.
 */
export function inboxSchemas<const P extends TProperties>(entry: string, fields: P) {
  const Entry = Type.Object(
    { ...fields, createdAt: DateTime, readAt: Type.Union([DateTime, Type.Null()]) },
    { $id: entry },
  );
  const List = Type.Object({ unread: Type.Integer(), items: Type.Array(Entry) }, { $id: `${entry}List` });
  return [Entry, List] as const;
}

/** What marking all of an inbox read answers. */
export const MarkedSchema = Type.Object({ marked: Type.Integer() });

export const NoticeEventSchema = Type.Union(
  [
    Type.Literal('contract_proposed'),
    Type.Literal('inspection_ordered'),
    Type.Literal('inspection_signed'),
    Type.Literal('report_received'),
    Type.Literal('programme_received'),
    Type.Literal('programme_decided'),
    Type.Literal('comment_written'),
  ],
  { description: 'What happened (every kind of NOTICE_EVENTS)' },
);

export const [NoticeSchema, NoticeListSchema] = inboxSchemas('Notice', {
  id: Uuid,
  event: NoticeEventSchema,
  outcome: Type.String({
    description: "A finer kind: a programme's decision ('agreed', 'changes_requested'); else the event",
  }),
  actorName: Type.String({ description: 'The organisation that did it' }),
  subject: Type.String({ description: 'What it is about, as people know it' }),
  serviceId: Type.Union([Uuid, Type.Null()]),
  target: Type.Union([
    Type.Object(
      {
        type: Type.Union([
          Type.Literal('programme'),
          Type.Literal('inspection'),
          Type.Literal('contract'),
          Type.Literal('report'),
        ]),
        id: Type.String(),
      },
      { description: 'The record it concerns; the web app decides where it links' },
    ),
    Type.Null(),
  ]),
});

export const NoticeChoiceSchema = Type.Object(
  {
    event: NoticeEventSchema,
    inApp: Type.Boolean({ description: 'Shown in the app (the bell)' }),
    email: Type.Boolean({ description: 'Sent by e-mail' }),
  },
  { additionalProperties: false },
);

export const NoticePreferencesSchema = Type.Object(
  { choices: Type.Array(NoticeChoiceSchema) },
  { $id: 'NoticePreferences' },
);

export const SaveNoticePreferencesBody = Type.Object(
  { choices: Type.Array(NoticeChoiceSchema, { maxItems: NOTICE_EVENTS.length }) },
  { additionalProperties: false },
);

export const NoticeParams = Type.Object({ tenantId: Uuid, noticeId: Uuid });

/** The query of an inbox's list: the notices here, the reminders in the deadlines module. */
export const InboxQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'Only the unread ones' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
