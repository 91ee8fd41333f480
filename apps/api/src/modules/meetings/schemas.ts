import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Kind = Type.Union([Type.Literal('team'), Type.Literal('with_head')], {
  default: 'team',
  description:
    "`team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)",
});

export const Day = DateOnly({ default: '2026-01-15' });

export const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const RecommendationText = Type.String({
  minLength: 1,
  maxLength: 2000,
  default: 'Да се въведе график',
});

export const MeetingFields = {
  serviceId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all services" }),
  ),
  kind: Kind,
  heldOn: Day,
  participantsCount: Type.Integer({ minimum: 1, maximum: 500, default: 5 }),
  participants: Type.Optional(
    Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], {
      description: "Staff who took part (optional). Never the names of the service's users.",
    }),
  ),
  topics: Type.String({ minLength: 1, maxLength: 10000, default: 'Оценка на качеството за месеца' }),
  conclusions: Type.Optional(NullableText(10000)),
};

export const MonthKindSchema = Type.Object({
  count: Type.Integer(),
  status: Type.Union(
    [Type.Literal('held'), Type.Literal('missing'), Type.Literal('due'), Type.Literal('upcoming')],
    { description: '`missing`: a past month without one; `due`: this month, none yet' },
  ),
});

export const RecommendationSchema = Type.Object(
  {
    id: Uuid,
    position: Type.Integer(),
    text: Type.String(),
    measureId: Type.Union([Uuid, Type.Null()], { description: 'The programme measure it became, if any' }),
    programmeId: Type.Union([Uuid, Type.Null()]),
  },
  { $id: 'MeetingRecommendation' },
);

export const MeetingSchema = Type.Object(
  {
    id: Uuid,
    serviceId: Type.Union([Uuid, Type.Null()]),
    kind: Kind,
    heldOn: DateOnly(),
    participantsCount: Type.Integer(),
    participants: Type.Union([Type.String(), Type.Null()]),
    topics: Type.String(),
    conclusions: Type.Union([Type.String(), Type.Null()]),
    recommendations: Type.Array(RecommendationSchema),
    version: Type.Integer({ description: 'Send it back when saving: a stale version is refused with 409.' }),
  },
  { $id: 'Meeting' },
);

export const MeetingYearSchema = Type.Object(
  {
    year: Type.Integer(),
    serviceId: Type.Union([Uuid, Type.Null()]),
    missing: Type.Integer({ description: 'Past months without a meeting, counted per kind' }),
    months: Type.Array(
      Type.Object({ month: Type.String(), team: MonthKindSchema, withHead: MonthKindSchema }),
    ),
    meetings: Type.Array(MeetingSchema),
  },
  { $id: 'MeetingYear' },
);

export const MeetingParams = Type.Object({ tenantId: Uuid, meetingId: Uuid });

export const RecommendationParams = Type.Object({ tenantId: Uuid, meetingId: Uuid, recommendationId: Uuid });

export const ListMeetingsQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    serviceId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const CreateMeetingBody = Type.Object(
  {
    ...MeetingFields,
    recommendations: Type.Optional(Type.Array(RecommendationText, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const UpdateMeetingBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, default: 1 }),
    serviceId: MeetingFields.serviceId,
    kind: Type.Optional(Kind),
    heldOn: Type.Optional(Day),
    participantsCount: Type.Optional(MeetingFields.participantsCount),
    participants: MeetingFields.participants,
    topics: Type.Optional(MeetingFields.topics),
    conclusions: MeetingFields.conclusions,
  },
  { additionalProperties: false },
);

export const AddMeetingRecommendationBody = Type.Object(
  { text: RecommendationText },
  { additionalProperties: false },
);
