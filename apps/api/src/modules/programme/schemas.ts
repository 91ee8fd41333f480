import { Type } from 'typebox';
import { ChangeBody, DateTime, Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Day = DateOnly({ default: '2026-06-30' });

export const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const Version = Type.Integer({ minimum: 1, default: 1 });

export const Translated = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });

export const ProgrammeStatus = Type.Union(
  [
    Type.Literal('draft'),
    Type.Literal('submitted'),
    Type.Literal('agreed'),
    Type.Literal('changes_requested'),
  ],
  { description: 'draft → submitted → agreed | changes_requested (art. 16(2), 20(2))' },
);

export const MeasureStatus = Type.Union(
  [Type.Literal('planned'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('cancelled')],
  { default: 'in_progress' },
);

export const CategorySchema = Type.Object(
  {
    number: Type.Integer({ description: 'art. 19, item 1–9' }),
    text: Translated,
    short: Translated,
  },
  { $id: 'ProgrammeCategory' },
);

export const ProgrammeSummaryFields = {
  id: Uuid,
  serviceId: Type.Union([Uuid, Type.Null()]),
  title: Type.String(),
  periodStart: DateOnly(),
  periodEnd: DateOnly(),
  status: ProgrammeStatus,
  submittedAt: Type.Union([DateTime, Type.Null()]),
  decidedAt: Type.Union([DateTime, Type.Null()]),
  measures: Type.Object({
    planned: Type.Integer(),
    inProgress: Type.Integer(),
    done: Type.Integer(),
    cancelled: Type.Integer(),
    overdue: Type.Integer({ description: 'Past their deadline and neither done nor cancelled' }),
  }),
  version: Type.Integer({ description: 'Send it back when saving: a stale version is refused with 409.' }),
};

export const ProgrammeSummarySchema = Type.Object(ProgrammeSummaryFields, { $id: 'ProgrammeSummary' });

export const MeasureSchema = Type.Object(
  {
    id: Uuid,
    programmeId: Uuid,
    category: Type.Integer({ minimum: 1, maximum: 9 }),
    title: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    finding: Type.Union([Type.String(), Type.Null()], { description: 'The finding the measure answers' }),
    recommendation: Type.Union([
      Type.Object({
        id: Uuid,
        text: Type.String(),
        meetingId: Uuid,
        meetingKind: Type.Union([Type.Literal('team'), Type.Literal('with_head')]),
        meetingHeldOn: DateOnly(),
      }),
      Type.Null(),
    ]),
    indicatorId: Type.Union([Type.String(), Type.Null()]),
    responsibleUserId: Type.Union([Uuid, Type.Null()]),
    responsibleName: Type.Union([Type.String(), Type.Null()]),
    responsibleIsMember: Type.Boolean({ description: 'False once the person has left the organisation' }),
    deadline: Type.Union([DateOnly(), Type.Null()]),
    status: MeasureStatus,
    progressNote: Type.Union([Type.String(), Type.Null()]),
    completedOn: Type.Union([DateOnly(), Type.Null()]),
    overdue: Type.Boolean(),
    version: Type.Integer(),
  },
  { $id: 'ProgrammeMeasure' },
);

export const ReviewSchema = Type.Object(
  {
    id: Uuid,
    reviewedOn: DateOnly(),
    participants: Type.String(),
    usersConsulted: Type.Boolean(),
    conclusions: Type.String(),
    carriedOverMeasureIds: Type.Array(Uuid),
    recordedBy: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
  },
  { $id: 'ProgrammeReview' },
);

export const ProgrammeSchema = Type.Object(
  {
    ...ProgrammeSummaryFields,
    submittedByName: Type.Union([Type.String(), Type.Null()]),
    municipalityTenantId: Type.Union([Uuid, Type.Null()]),
    municipalityName: Type.Union([Type.String(), Type.Null()]),
    contractId: Type.Union([Uuid, Type.Null()]),
    decisionNote: Type.Union([Type.String(), Type.Null()], {
      description: "The municipality's note with its decision",
    }),
    commissionedBy: Type.Union(
      [Type.Object({ contractId: Uuid, municipalityName: Type.String(), basis: Type.String() }), Type.Null()],
      {
        description:
          'The contract in force for the service: when set, the programme is agreed with the mayor',
      },
    ),
    measureList: Type.Array(MeasureSchema),
    reviews: Type.Array(ReviewSchema),
  },
  { $id: 'Programme' },
);

export const ProgrammeFields = {
  title: Type.String({ minLength: 1, maxLength: 300, default: 'Програма за развитие на качеството 2026' }),
  serviceId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all of them" }),
  ),
  periodStart: DateOnly({ default: '2026-01-01' }),
  periodEnd: DateOnly({ default: '2026-12-31' }),
};

export const MeasureFields = {
  category: Type.Integer({ minimum: 1, maximum: 9, default: 4, description: 'art. 19, item 1–9' }),
  title: Type.String({ minLength: 1, maxLength: 1000, default: 'Супервизия на екипа' }),
  description: Type.Optional(NullableText(5000)),
  finding: Type.Optional(NullableText(5000)),
  recommendationId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: 'The meeting recommendation the measure answers' }),
  ),
  indicatorId: Type.Optional(
    Type.Union(
      [Type.String({ maxLength: 200, pattern: '^[a-z]{2}-[0-9]{4}(/[A-Za-z0-9.-]+)+$' }), Type.Null()],
      { default: null, description: 'A catalogue indicator, e.g. `bg-2022/a02/s1/c1.1/i1`' },
    ),
  ),
  responsibleUserId: Type.Optional(
    Type.Union([Uuid, Type.Null()], {
      default: null,
      description: 'A member of the organisation (their user id)',
    }),
  ),
  deadline: Type.Optional(Type.Union([Day, Type.Null()])),
};

export const ReviewFields = {
  reviewedOn: DateOnly({ default: '2026-01-20' }),
  participants: Type.String({ minLength: 1, maxLength: 2000, default: 'Екипът и ръководителят' }),
  usersConsulted: Type.Optional(
    Type.Boolean({ description: 'Users and their families took part (art. 17(2), 24(1) 5)' }),
  ),
  conclusions: Type.String({ minLength: 1, maxLength: 10000, default: 'Изпълнени са 4 от 5 мерки' }),
  carriedOverMeasureIds: Type.Optional(
    Type.Array(Uuid, { maxItems: 200, description: 'Unfinished measures carried into the next period' }),
  ),
};

export const ProgrammeParams = Type.Object({ tenantId: Uuid, programmeId: Uuid });

export const MeasureParams = Type.Object({ tenantId: Uuid, programmeId: Uuid, measureId: Uuid });

export const ReviewParams = Type.Object({ tenantId: Uuid, programmeId: Uuid, reviewId: Uuid });

export const CreateProgrammeBody = Type.Object(ProgrammeFields, { additionalProperties: false });

export const UpdateProgrammeBody = ChangeBody(Version, ProgrammeFields);

export const SubmitProgrammeBody = Type.Object({ version: Version }, { additionalProperties: false });

export const ReopenProgrammeBody = Type.Object({ version: Version }, { additionalProperties: false });

export const CreateMeasureBody = Type.Object(MeasureFields, { additionalProperties: false });

export const UpdateMeasureBody = ChangeBody(Version, MeasureFields);

export const RecordMeasureProgressBody = Type.Object(
  {
    version: Version,
    status: MeasureStatus,
    progressNote: Type.Optional(NullableText(5000)),
    completedOn: Type.Optional(
      Type.Union([DateOnly(), Type.Null()], {
        default: null,
        description: 'When done; today if not given',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CreateProgrammeReviewBody = Type.Object(ReviewFields, { additionalProperties: false });

export const UpdateProgrammeReviewBody = ChangeBody(Version, ReviewFields);
