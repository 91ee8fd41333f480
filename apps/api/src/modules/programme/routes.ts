import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson, inTenant } from '../../platform/auth.ts';
import { DateTime, TenantParams, Uuid } from '../../shared/http-schemas.ts';
import {
  categories,
  createMeasure,
  createProgramme,
  createReview,
  deleteMeasure,
  deleteProgramme,
  findProgramme,
  listProgrammes,
  measureView,
  programmeView,
  recordProgress,
  reopenProgramme,
  submitProgramme,
  updateMeasure,
  updateProgramme,
  updateReview,
} from './programme.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const Day = DateOnly({ default: '2026-06-30' });
const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
const Version = Type.Integer({ minimum: 1, default: 1 });
const Translated = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });

const ProgrammeStatus = Type.Union(
  [
    Type.Literal('draft'),
    Type.Literal('submitted'),
    Type.Literal('agreed'),
    Type.Literal('changes_requested'),
  ],
  { description: 'draft → submitted → agreed | changes_requested (art. 16(2), 20(2))' },
);
const MeasureStatus = Type.Union(
  [Type.Literal('planned'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('cancelled')],
  { default: 'in_progress' },
);

const CategorySchema = Type.Object(
  {
    number: Type.Integer({ description: 'art. 19, item 1–9' }),
    text: Translated,
    short: Translated,
  },
  { $id: 'ProgrammeCategory' },
);

const ProgrammeSummaryFields = {
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
const ProgrammeSummarySchema = Type.Object(ProgrammeSummaryFields, { $id: 'ProgrammeSummary' });

const MeasureSchema = Type.Object(
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

const ReviewSchema = Type.Object(
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

const ProgrammeSchema = Type.Object(
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

const ProgrammeFields = {
  title: Type.String({ minLength: 1, maxLength: 300, default: 'Програма за развитие на качеството 2026' }),
  serviceId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all of them" }),
  ),
  periodStart: DateOnly({ default: '2026-01-01' }),
  periodEnd: DateOnly({ default: '2026-12-31' }),
};

const MeasureFields = {
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

const ReviewFields = {
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

const ProgrammeParams = Type.Object({ tenantId: Uuid, programmeId: Uuid });
const MeasureParams = Type.Object({ tenantId: Uuid, programmeId: Uuid, measureId: Uuid });
const ReviewParams = Type.Object({ tenantId: Uuid, programmeId: Uuid, reviewId: Uuid });
const security = [{ bearer: [] }];
const tags = ['programme'];

/** The quality programme (art. 15–20): measures in the nine categories of art. 19, reviews, and agreement. */
const programme: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(CategorySchema);
  app.addSchema(ProgrammeSummarySchema);
  app.addSchema(MeasureSchema);
  app.addSchema(ReviewSchema);
  app.addSchema(ProgrammeSchema);

  app.get(
    '/programme-categories',
    {
      schema: {
        tags,
        summary: 'The nine kinds of activity of art. 19, in the Ordinance’s words (bg) and translated',
        operationId: 'listProgrammeCategories',
        response: { 200: Type.Array(CategorySchema), ...problemResponses },
      },
    },
    async (request) => asPerson(request, (em) => categories(em)),
  );

  app.get(
    '/tenants/:tenantId/programmes',
    {
      config: { auth: 'user', permission: 'programme.read' },
      schema: {
        tags,
        summary: 'The quality programmes, newest period first',
        operationId: 'listProgrammes',
        security,
        params: TenantParams,
        response: { 200: Type.Array(ProgrammeSummarySchema), ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em, scope) => listProgrammes(em, scope.tenantId)),
  );

  app.post(
    '/tenants/:tenantId/programmes',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Start a programme for a period',
        operationId: 'createProgramme',
        security,
        params: TenantParams,
        body: Type.Object(ProgrammeFields, { additionalProperties: false }),
        response: { 201: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) =>
        programmeView(em, await createProgramme(em, scope.tenantId, scope.userId, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      config: { auth: 'user', permission: 'programme.read' },
      schema: {
        tags,
        summary: 'One programme with its measures, reviews and agreement state',
        operationId: 'getProgramme',
        security,
        params: ProgrammeParams,
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) =>
        programmeView(em, await findProgramme(em, scope.tenantId, request.params.programmeId)),
      ),
  );

  app.patch(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Change a draft programme (send the version you read)',
        operationId: 'updateProgramme',
        security,
        params: ProgrammeParams,
        body: Type.Object(
          {
            version: Version,
            title: Type.Optional(ProgrammeFields.title),
            serviceId: ProgrammeFields.serviceId,
            periodStart: Type.Optional(ProgrammeFields.periodStart),
            periodEnd: Type.Optional(ProgrammeFields.periodEnd),
          },
          { additionalProperties: false },
        ),
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return inTenant(request, async (em, scope) =>
        programmeView(
          em,
          await updateProgramme(em, scope.tenantId, request.params.programmeId, version, changes),
        ),
      );
    },
  );

  app.delete(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Delete a draft that was never submitted',
        operationId: 'deleteProgramme',
        security,
        params: ProgrammeParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) => deleteProgramme(em, scope.tenantId, request.params.programmeId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tenants/:tenantId/programmes/:programmeId/submission',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Submit the programme to the commissioning mayor for agreement (art. 16(2), 20(2))',
        operationId: 'submitProgramme',
        security,
        params: ProgrammeParams,
        body: Type.Object({ version: Version }, { additionalProperties: false }),
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) =>
        programmeView(
          em,
          await submitProgramme(
            em,
            scope.tenantId,
            scope.userId,
            request.params.programmeId,
            request.body.version,
          ),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/programmes/:programmeId/reopening',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Reopen an agreed programme to update it (art. 20); it is then agreed again',
        operationId: 'reopenProgramme',
        security,
        params: ProgrammeParams,
        body: Type.Object({ version: Version }, { additionalProperties: false }),
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) =>
        programmeView(
          em,
          await reopenProgramme(em, scope.tenantId, request.params.programmeId, request.body.version),
        ),
      ),
  );

  app.post(
    '/tenants/:tenantId/programmes/:programmeId/measures',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Add a measure (from a meeting recommendation: send its id)',
        operationId: 'createMeasure',
        security,
        params: ProgrammeParams,
        body: Type.Object(MeasureFields, { additionalProperties: false }),
        response: { 201: MeasureSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        const measure = await createMeasure(
          em,
          scope.tenantId,
          scope.userId,
          request.params.programmeId,
          request.body,
        );
        return measureView(em, scope.tenantId, measure);
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Change what a measure says (draft or changes requested only)',
        operationId: 'updateMeasure',
        security,
        params: MeasureParams,
        body: Type.Object(
          {
            version: Version,
            category: Type.Optional(MeasureFields.category),
            title: Type.Optional(MeasureFields.title),
            description: MeasureFields.description,
            finding: MeasureFields.finding,
            recommendationId: MeasureFields.recommendationId,
            indicatorId: MeasureFields.indicatorId,
            responsibleUserId: MeasureFields.responsibleUserId,
            deadline: MeasureFields.deadline,
          },
          { additionalProperties: false },
        ),
        response: { 200: MeasureSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const { programmeId, measureId } = request.params;
      return inTenant(request, async (em, scope) => {
        const measure = await updateMeasure(em, scope.tenantId, programmeId, measureId, version, changes);
        return measureView(em, scope.tenantId, measure);
      });
    },
  );

  app.post(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId/progress',
    {
      config: { auth: 'user', permission: 'programme.progress' },
      schema: {
        tags,
        summary: "Record a measure's progress (also while the programme is submitted or agreed)",
        operationId: 'recordMeasureProgress',
        security,
        params: MeasureParams,
        body: Type.Object(
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
        ),
        response: { 200: MeasureSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...progress } = request.body;
      const { programmeId, measureId } = request.params;
      return inTenant(request, async (em, scope) => {
        const measure = await recordProgress(em, scope.tenantId, programmeId, measureId, version, progress);
        return measureView(em, scope.tenantId, measure);
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Remove a measure (draft or changes requested only)',
        operationId: 'deleteMeasure',
        security,
        params: MeasureParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { programmeId, measureId } = request.params;
      await inTenant(request, (em, scope) => deleteMeasure(em, scope.tenantId, programmeId, measureId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tenants/:tenantId/programmes/:programmeId/reviews',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Record the yearly review (art. 20(1)) and the measures carried over',
        operationId: 'createProgrammeReview',
        security,
        params: ProgrammeParams,
        body: Type.Object(ReviewFields, { additionalProperties: false }),
        response: { 201: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        await createReview(em, scope.tenantId, scope.userId, request.params.programmeId, request.body);
        return programmeView(em, await findProgramme(em, scope.tenantId, request.params.programmeId));
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/programmes/:programmeId/reviews/:reviewId',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary: 'Change a review (send the version you read)',
        operationId: 'updateProgrammeReview',
        security,
        params: ReviewParams,
        body: Type.Object(
          {
            version: Version,
            reviewedOn: Type.Optional(ReviewFields.reviewedOn),
            participants: Type.Optional(ReviewFields.participants),
            usersConsulted: ReviewFields.usersConsulted,
            conclusions: Type.Optional(ReviewFields.conclusions),
            carriedOverMeasureIds: ReviewFields.carriedOverMeasureIds,
          },
          { additionalProperties: false },
        ),
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const { programmeId, reviewId } = request.params;
      return inTenant(request, async (em, scope) => {
        await updateReview(em, scope.tenantId, programmeId, reviewId, version, changes);
        return programmeView(em, await findProgramme(em, scope.tenantId, programmeId));
      });
    },
  );
};

export default programme;
