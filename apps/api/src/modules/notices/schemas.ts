import { Type } from 'typebox';
import { NOTICE_EVENTS } from '@mera/db';
import { Uuid } from '../../shared/http-schemas.ts';

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

export const NoticeSchema = Type.Object(
  {
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
    createdAt: Type.String({ format: 'date-time' }),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'Notice' },
);

export const NoticeListSchema = Type.Object(
  { unread: Type.Integer(), items: Type.Array(NoticeSchema) },
  { $id: 'NoticeList' },
);

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
