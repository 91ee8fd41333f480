import { Type } from 'typebox';
import { ruleResultFields } from '../catalogue/index.ts';
import { ChangeBody, Uuid } from '../../shared/http-schemas.ts';
import { ServiceSchema } from '../services/index.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Day = DateOnly({ default: '2026-01-15' });

export const NullableText = (max: number, description?: string) =>
  Type.Union([Type.String({ maxLength: max }), Type.Null()], description ? { description } : {});

export const Version = Type.Integer({
  minimum: 1,
  default: 1,
  description: 'The version you read: a stale one is refused with 409 and nothing is written.',
});

export const Category = Type.Union(
  [Type.Literal('core'), Type.Literal('recommended'), Type.Literal('support')],
  {
    default: 'core',
    description:
      'The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата',
  },
);

export const EmploymentType = Type.Union(
  [
    Type.Literal('labour_contract'),
    Type.Literal('civil_contract'),
    Type.Literal('volunteer'),
    Type.Literal('other'),
  ],
  {
    default: 'labour_contract',
    description:
      '`labour_contract` трудов договор, `civil_contract` граждански договор (за определена работа/услуга), `volunteer` доброволец (fills no position, not counted as staff), `other`',
  },
);

export const TrainingKind = Type.Union([Type.Literal('induction'), Type.Literal('specialised')], {
  default: 'induction',
  description: '`induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо',
});

export const SupervisionKind = Type.Union([Type.Literal('group'), Type.Literal('individual')], {
  default: 'group',
  description:
    '`group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)',
});

export const Fte = Type.Number({
  minimum: 0.05,
  maximum: 1,
  default: 1,
  description: 'The share of a full-time position this person fills (1 = full time)',
});

export const PlannedFte = Type.Number({
  minimum: 0.1,
  maximum: 1000,
  default: 1,
  description: 'Щатни бройки: full-time equivalents in the staffing plan',
});

export const Hours = (max: number) =>
  Type.Number({ minimum: 0.5, maximum: max, default: 8, description: 'Academic hours' });

export const PositionFields = {
  title: Type.String({ minLength: 1, maxLength: 200, default: 'Социален работник' }),
  category: Category,
  plannedFte: PlannedFte,
};

export const MemberFields = {
  positionId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "One of the same service's positions; null: none" }),
  ),
  fullName: Type.String({
    minLength: 1,
    maxLength: 200,
    default: 'Мария Иванова',
    description: 'An employee’s name (never a service user’s)',
  }),
  employmentType: EmploymentType,
  fte: Type.Optional(Fte),
  startedOn: Day,
  endedOn: Type.Optional(
    Type.Union([Day, Type.Null()], { description: 'When the person left; null: in post' }),
  ),
  qualification: Type.Optional(NullableText(2000, 'Education and qualification (образование, квалификация)')),
  newToSocialServices: Type.Optional(
    Type.Boolean({
      description: 'Без опит в системата на социалните услуги: needs a mentor for 6 months from appointment',
    }),
  ),
};

export const FactsSchema = Type.Object({
  capacity: Type.Union([Type.Number(), Type.Null()]),
  currentUsers: Type.Union([Type.Number(), Type.Null()]),
  staffCount: Type.Union([Type.Number(), Type.Null()], {
    description: 'Employees in post today (volunteers not counted)',
  }),
  positionsPlanned: Type.Union([Type.Number(), Type.Null()], {
    description: 'Full-time equivalents in the staffing plan',
  }),
  positionsFilled: Type.Union([Type.Number(), Type.Null()], {
    description: 'Full-time equivalents filled by employees in post, at most the planned per position',
  }),
});

export const SummarySchema = Type.Object({
  year: Type.Integer(),
  membersInPost: Type.Integer(),
  volunteers: Type.Integer(),
  inductionMissing: Type.Integer({ description: 'Employees in post without 36 hours of induction training' }),
  specialisedShort: Type.Integer({
    description: 'Members in post below the year’s specialised training hours (24, or 12 for support staff)',
  }),
  groupSupervisions: Type.Integer(),
  groupSupervisionsRequired: Type.Integer(),
  individualSupervisions: Type.Integer(),
  individualSupervisionsExternal: Type.Integer(),
  mentorMissing: Type.Integer({
    description: 'Newcomers without experience in social services and no mentor',
  }),
  appraisalsDue: Type.Integer({
    description: 'Employees in post during the year without the year’s appraisal',
  }),
});

/** The service a register belongs to, as the services register shows it (only what the staff screens need). */
export const ServiceHead = Type.Pick(ServiceSchema, [
  'id',
  'name',
  'pluginCode',
  'variantKey',
  'capacity',
  'currentUsers',
]);

export const RegisterFactName = Type.Union([
  Type.Literal('staffCount'),
  Type.Literal('positionsPlanned'),
  Type.Literal('positionsFilled'),
]);

export const Evaluated = {
  facts: FactsSchema,
  factsFromRegister: Type.Array(RegisterFactName, {
    description: 'The facts derived from the staff register (empty: the service has no register yet)',
  }),
  rules: Type.Array(Type.Object(ruleResultFields), {
    description: "The plugin's rules evaluated on the service's facts with the register's",
  }),
};

export const StaffOverviewSchema = Type.Object(
  {
    service: ServiceHead,
    ...Evaluated,
    summary: SummarySchema,
    positions: Type.Integer(),
    members: Type.Integer(),
  },
  { $id: 'StaffOverview' },
);

export const TrainingSchema = Type.Object({
  id: Uuid,
  memberId: Uuid,
  kind: TrainingKind,
  heldOn: DateOnly(),
  hours: Type.Number(),
  topic: Type.String(),
  trainer: Type.Union([Type.String(), Type.Null()]),
});

export const AppraisalSchema = Type.Object({
  id: Uuid,
  memberId: Uuid,
  year: Type.Integer(),
  appraisedOn: DateOnly(),
  outcome: Type.String(),
  discussedInPerson: Type.Boolean(),
});

export const StaffRegisterSchema = Type.Object(
  {
    service: ServiceHead,
    ...Evaluated,
    summary: SummarySchema,
    positions: Type.Array(
      Type.Object({
        id: Uuid,
        serviceId: Uuid,
        title: Type.String(),
        category: Category,
        plannedFte: Type.Number(),
        filledFte: Type.Number(),
        version: Type.Integer(),
      }),
    ),
    members: Type.Array(
      Type.Object({
        id: Uuid,
        serviceId: Uuid,
        positionId: Type.Union([Uuid, Type.Null()]),
        fullName: Type.String(),
        employmentType: EmploymentType,
        fte: Type.Number(),
        startedOn: DateOnly(),
        endedOn: Type.Union([DateOnly(), Type.Null()]),
        qualification: Type.Union([Type.String(), Type.Null()]),
        newToSocialServices: Type.Boolean(),
        inPost: Type.Boolean(),
        version: Type.Integer(),
        trainings: Type.Array(TrainingSchema),
        appraisals: Type.Array(AppraisalSchema),
        summary: Type.Object({
          inductionHours: Type.Number(),
          inductionDone: Type.Boolean(),
          specialisedHours: Type.Number({ description: 'In the chosen year' }),
          specialisedRequired: Type.Union([Type.Number(), Type.Null()]),
          individualSupervisions: Type.Integer(),
          individualSupervisionsExternal: Type.Integer(),
          groupSupervisions: Type.Integer({ description: 'Group supervisions of the team while in post' }),
          mentorNeeded: Type.Boolean(),
          hasMentor: Type.Boolean(),
          appraisedThisYear: Type.Boolean(),
          appraisalDue: Type.Boolean(),
        }),
      }),
    ),
    supervisions: Type.Array(
      Type.Object({
        id: Uuid,
        serviceId: Uuid,
        kind: SupervisionKind,
        memberId: Type.Union([Uuid, Type.Null()]),
        heldOn: DateOnly(),
        hours: Type.Number(),
        supervisor: Type.String(),
        supervisorExternal: Type.Boolean(),
        participantsCount: Type.Union([Type.Integer(), Type.Null()]),
      }),
    ),
    mentorings: Type.Array(
      Type.Object({
        id: Uuid,
        mentorId: Uuid,
        newcomerId: Uuid,
        startsOn: DateOnly(),
        endsOn: DateOnly(),
        current: Type.Boolean(),
      }),
    ),
  },
  { $id: 'StaffRegister' },
);

export const YearQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

export const ServiceParams = Type.Object({ tenantId: Uuid, serviceId: Uuid });

export const PositionParams = Type.Object({ tenantId: Uuid, positionId: Uuid });

export const MemberParams = Type.Object({ tenantId: Uuid, memberId: Uuid });

export const CreateStaffPositionBody = Type.Object(
  { serviceId: Uuid, ...PositionFields },
  { additionalProperties: false },
);

export const UpdateStaffPositionBody = ChangeBody(Version, PositionFields);

export const CreateStaffMemberBody = Type.Object(
  { serviceId: Uuid, ...MemberFields },
  { additionalProperties: false },
);

export const UpdateStaffMemberBody = ChangeBody(Version, MemberFields);

export const AddStaffTrainingBody = Type.Object(
  {
    kind: TrainingKind,
    heldOn: Day,
    hours: Hours(2000),
    topic: Type.String({ minLength: 1, maxLength: 500, default: 'Въвеждащо обучение' }),
    trainer: Type.Optional(NullableText(300, 'The trainer or training organisation')),
  },
  { additionalProperties: false },
);

export const AddStaffAppraisalBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100, default: 2026 }),
    appraisedOn: Day,
    outcome: Type.String({
      minLength: 1,
      maxLength: 5000,
      default: 'Изпълнението съответства на изискванията',
      description: 'The result, with the goals and measures for professional development',
    }),
    discussedInPerson: Type.Optional(
      Type.Boolean({ description: 'The result was discussed with the member in person' }),
    ),
  },
  { additionalProperties: false },
);

export const AddStaffSupervisionBody = Type.Object(
  {
    serviceId: Uuid,
    kind: SupervisionKind,
    memberId: Type.Optional(
      Type.Union([Uuid, Type.Null()], {
        description: 'Individual supervision: the member supervised',
      }),
    ),
    heldOn: Day,
    hours: Hours(100),
    supervisor: Type.String({
      minLength: 1,
      maxLength: 200,
      default: 'Супервизор',
      description: 'The supervisor or the organisation providing supervision',
    }),
    supervisorExternal: Type.Boolean({
      default: true,
      description: 'A specialist external to the service (required for individual supervision)',
    }),
    participantsCount: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const AddStaffMentoringBody = Type.Object(
  {
    mentorId: Uuid,
    newcomerId: Uuid,
    startsOn: Day,
    endsOn: Type.Optional(Type.Union([Day, Type.Null()])),
  },
  { additionalProperties: false },
);
