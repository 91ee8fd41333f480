import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { ruleResultFields } from '../catalogue/routes.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { today } from '@mera/calendar';
import './quality-system.ts';
import {
  addAppraisal,
  addMentoring,
  addSupervision,
  addTraining,
  createMember,
  createPosition,
  deleteMember,
  deletePosition,
  deleteRecord,
  serviceRegister,
  staffOverview,
  updateMember,
  updatePosition,
} from './staff.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const security = [{ bearer: [] }];
const tags = ['staff'];

const Day = DateOnly({ default: '2026-01-15' });
const NullableText = (max: number, description?: string) =>
  Type.Union([Type.String({ maxLength: max }), Type.Null()], description ? { description } : {});
const Version = Type.Integer({
  minimum: 1,
  default: 1,
  description: 'The version you read: a stale one is refused with 409 and nothing is written.',
});

const Category = Type.Union([Type.Literal('core'), Type.Literal('recommended'), Type.Literal('support')], {
  default: 'core',
  description:
    'The annex’s categories: `core` основни специалисти, `recommended` препоръчителни специалисти, `support` служители, подпомагащи функционирането на услугата',
});
const EmploymentType = Type.Union(
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
const TrainingKind = Type.Union([Type.Literal('induction'), Type.Literal('specialised')], {
  default: 'induction',
  description: '`induction` въвеждащо обучение (36 academic hours); `specialised` специализирано/надграждащо',
});
const SupervisionKind = Type.Union([Type.Literal('group'), Type.Literal('individual')], {
  default: 'group',
  description:
    '`group` групова супервизия of the team (every 3 months); `individual` индивидуална, of one member (every 4 months, by a specialist external to the service)',
});
const Fte = Type.Number({
  minimum: 0.05,
  maximum: 1,
  default: 1,
  description: 'The share of a full-time position this person fills (1 = full time)',
});
const PlannedFte = Type.Number({
  minimum: 0.1,
  maximum: 1000,
  default: 1,
  description: 'Щатни бройки: full-time equivalents in the staffing plan',
});
const Hours = (max: number) =>
  Type.Number({ minimum: 0.5, maximum: max, default: 8, description: 'Academic hours' });

const PositionFields = {
  title: Type.String({ minLength: 1, maxLength: 200, default: 'Социален работник' }),
  category: Category,
  plannedFte: PlannedFte,
};
const MemberFields = {
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

const FactsSchema = Type.Object({
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

const SummarySchema = Type.Object({
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

const ServiceHead = Type.Object({
  id: Uuid,
  name: Type.String(),
  pluginCode: Type.String(),
  variantKey: Type.String(),
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  currentUsers: Type.Union([Type.Integer(), Type.Null()]),
});

const RegisterFactName = Type.Union([
  Type.Literal('staffCount'),
  Type.Literal('positionsPlanned'),
  Type.Literal('positionsFilled'),
]);
const Evaluated = {
  facts: FactsSchema,
  factsFromRegister: Type.Array(RegisterFactName, {
    description: 'The facts derived from the staff register (empty: the service has no register yet)',
  }),
  rules: Type.Array(Type.Object(ruleResultFields), {
    description: "The plugin's rules evaluated on the service's facts with the register's",
  }),
};

const StaffOverviewSchema = Type.Object(
  {
    service: ServiceHead,
    ...Evaluated,
    summary: SummarySchema,
    positions: Type.Integer(),
    members: Type.Integer(),
  },
  { $id: 'StaffOverview' },
);

const TrainingSchema = Type.Object({
  id: Uuid,
  memberId: Uuid,
  kind: TrainingKind,
  heldOn: DateOnly(),
  hours: Type.Number(),
  topic: Type.String(),
  trainer: Type.Union([Type.String(), Type.Null()]),
});
const AppraisalSchema = Type.Object({
  id: Uuid,
  memberId: Uuid,
  year: Type.Integer(),
  appraisedOn: DateOnly(),
  outcome: Type.String(),
  discussedInPerson: Type.Boolean(),
});

const StaffRegisterSchema = Type.Object(
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

const YearQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
const ServiceParams = Type.Object({ tenantId: Uuid, serviceId: Uuid });
const PositionParams = Type.Object({ tenantId: Uuid, positionId: Uuid });
const MemberParams = Type.Object({ tenantId: Uuid, memberId: Uuid });
const thisYear = () => Number(today().slice(0, 4));

/**
 * The staff register (the annexes' section Б): the staffing plan and the people in it, their training, supervision,
 * mentoring and yearly appraisal — feeding the plugins' staffing rules and the staff-related indicators.
 */
const staff: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(StaffOverviewSchema);
  app.addSchema(StaffRegisterSchema);

  /** Every change answers with the service's register as it now stands, read in the same transaction. */
  const changed = (tenantId: string, serviceId: string, em: Parameters<Parameters<typeof inTenant>[1]>[0]) =>
    serviceRegister(em, app, tenantId, serviceId, thisYear());
  const read = { auth: 'user' as const, permission: 'staff.read' as const };
  const manage = { auth: 'user' as const, permission: 'staff.manage' as const };
  const registerResponse = { 200: StaffRegisterSchema, ...problemResponses };
  const createdResponse = { 201: StaffRegisterSchema, ...problemResponses };

  app.get(
    '/tenants/:tenantId/staff',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every own service with its staff summary and the staffing rules on the register’s facts',
        operationId: 'staffOverview',
        security,
        params: TenantParams,
        querystring: YearQuery,
        response: { 200: Type.Array(StaffOverviewSchema), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        staffOverview(em, app, scope.tenantId, request.query.year ?? thisYear()),
      ),
  );

  app.get(
    '/tenants/:tenantId/staff/services/:serviceId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One service’s staff register: positions, members and their records, summary and rules',
        operationId: 'getStaffRegister',
        security,
        params: ServiceParams,
        querystring: YearQuery,
        response: registerResponse,
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        serviceRegister(em, app, scope.tenantId, request.params.serviceId, request.query.year ?? thisYear()),
      ),
  );

  app.post(
    '/tenants/:tenantId/staff/positions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a position to a service’s staffing plan',
        operationId: 'createStaffPosition',
        security,
        params: TenantParams,
        body: Type.Object({ serviceId: Uuid, ...PositionFields }, { additionalProperties: false }),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await createPosition(em, scope.tenantId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a position (send the version you read)',
        operationId: 'updateStaffPosition',
        security,
        params: PositionParams,
        body: Type.Object(
          {
            version: Version,
            title: Type.Optional(PositionFields.title),
            category: Type.Optional(Category),
            plannedFte: Type.Optional(PlannedFte),
          },
          { additionalProperties: false },
        ),
        response: registerResponse,
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return inTenant(request, async (em, scope) => {
        const { serviceId } = await updatePosition(
          em,
          scope.tenantId,
          request.params.positionId,
          version,
          changes,
        );
        return changed(scope.tenantId, serviceId, em);
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/staff/positions/:positionId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a position (refused with 409 while someone is in it)',
        operationId: 'deleteStaffPosition',
        security,
        params: PositionParams,
        response: registerResponse,
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) => {
        const { serviceId } = await deletePosition(em, scope.tenantId, request.params.positionId);
        return changed(scope.tenantId, serviceId, em);
      }),
  );

  app.post(
    '/tenants/:tenantId/staff/members',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a staff member to a service (an employee or volunteer — never a service user)',
        operationId: 'createStaffMember',
        security,
        params: TenantParams,
        body: Type.Object({ serviceId: Uuid, ...MemberFields }, { additionalProperties: false }),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await createMember(em, scope.tenantId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a staff member, e.g. record that they left (send the version you read)',
        operationId: 'updateStaffMember',
        security,
        params: MemberParams,
        body: Type.Object(
          {
            version: Version,
            positionId: MemberFields.positionId,
            fullName: Type.Optional(MemberFields.fullName),
            employmentType: Type.Optional(EmploymentType),
            fte: MemberFields.fte,
            startedOn: Type.Optional(Day),
            endedOn: MemberFields.endedOn,
            qualification: MemberFields.qualification,
            newToSocialServices: MemberFields.newToSocialServices,
          },
          { additionalProperties: false },
        ),
        response: registerResponse,
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return inTenant(request, async (em, scope) => {
        const { serviceId } = await updateMember(
          em,
          scope.tenantId,
          request.params.memberId,
          version,
          changes,
        );
        return changed(scope.tenantId, serviceId, em);
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/staff/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a member entered by mistake, with their records (someone who left gets an end date)',
        operationId: 'deleteStaffMember',
        security,
        params: MemberParams,
        response: registerResponse,
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) => {
        const { serviceId } = await deleteMember(em, scope.tenantId, request.params.memberId);
        return changed(scope.tenantId, serviceId, em);
      }),
  );

  app.post(
    '/tenants/:tenantId/staff/members/:memberId/trainings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record an induction or specialised training of a member (academic hours)',
        operationId: 'addStaffTraining',
        security,
        params: MemberParams,
        body: Type.Object(
          {
            kind: TrainingKind,
            heldOn: Day,
            hours: Hours(2000),
            topic: Type.String({ minLength: 1, maxLength: 500, default: 'Въвеждащо обучение' }),
            trainer: Type.Optional(NullableText(300, 'The trainer or training organisation')),
          },
          { additionalProperties: false },
        ),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await addTraining(em, scope.tenantId, request.params.memberId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/members/:memberId/appraisals',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a member’s yearly appraisal (one per year)',
        operationId: 'addStaffAppraisal',
        security,
        params: MemberParams,
        body: Type.Object(
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
        ),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await addAppraisal(em, scope.tenantId, request.params.memberId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/supervisions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a group supervision of a service’s team or an individual supervision of a member',
        operationId: 'addStaffSupervision',
        security,
        params: TenantParams,
        body: Type.Object(
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
            participantsCount: Type.Optional(
              Type.Union([Type.Integer({ minimum: 1, maximum: 500 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await addSupervision(em, scope.tenantId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/staff/mentorings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assign a mentor to a newcomer (6 months from the start unless an end is given)',
        operationId: 'addStaffMentoring',
        security,
        params: TenantParams,
        body: Type.Object(
          {
            mentorId: Uuid,
            newcomerId: Uuid,
            startsOn: Day,
            endsOn: Type.Optional(Type.Union([Day, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: createdResponse,
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const { serviceId } = await addMentoring(em, scope.tenantId, request.body);
        return changed(scope.tenantId, serviceId, em);
      });
      return reply.status(201).send(view);
    },
  );

  for (const [kind, param, path] of [
    ['training', 'trainingId', 'trainings'],
    ['appraisal', 'appraisalId', 'appraisals'],
    ['supervision', 'supervisionId', 'supervisions'],
    ['mentoring', 'mentoringId', 'mentorings'],
  ] as const) {
    app.delete(
      `/tenants/:tenantId/staff/${path}/:${param}`,
      {
        config: manage,
        schema: {
          tags,
          summary: `Remove a ${kind} record entered by mistake`,
          operationId: `deleteStaff${kind[0]?.toUpperCase()}${kind.slice(1)}`,
          security,
          params: Type.Object({ tenantId: Uuid, [param]: Uuid }),
          response: registerResponse,
        },
      },
      async (request) => {
        const id = (request.params as Record<string, string>)[param] ?? '';
        return inTenant(request, async (em, scope) => {
          const { serviceId } = await deleteRecord(em, scope.tenantId, kind, id);
          return changed(scope.tenantId, serviceId, em);
        });
      },
    );
  }
};

export default staff;
