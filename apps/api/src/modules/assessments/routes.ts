import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';
import { today } from '@mera/calendar';
import { answerRoute, removalRoute } from '../checklists/index.ts';
import { assessmentDetail, listAssessments } from './assessments.ts';
import { createAssessment, deleteAssessment, updateAssessment } from './changes.ts';
import {
  addEvidence,
  completeAssessment,
  measureFromIndicator,
  removeEvidence,
  saveResult,
} from './answering.ts';
import { generatePlan, monitoringPlan } from './plan.ts';
import {
  AssessmentParams,
  AssessmentSchema,
  AssessmentSummarySchema,
  Day,
  EvidenceKind,
  EvidenceParams,
  EvidenceSchema,
  ItemId,
  Kind,
  Methods,
  PlanSchema,
  ScopeInput,
  Status,
  security,
  tags,
} from './schemas.ts';

/** Internal monitoring: the annual plan, periodic checks and self-assessments with results and evidence. */
const assessments: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(EvidenceSchema);
  app.addSchema(AssessmentSummarySchema);
  app.addSchema(AssessmentSchema);
  app.addSchema(PlanSchema);

  app.get(
    '/tenants/:tenantId/assessments',
    {
      config: { auth: 'user', permission: 'assessments.read' },
      schema: {
        tags,
        summary: 'Checks and self-assessments, newest first, with progress and score',
        operationId: 'listAssessments',
        security,
        params: TenantParams,
        querystring: Type.Object(
          {
            serviceId: Type.Optional(Uuid),
            year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
            status: Type.Optional(Status),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AssessmentSummarySchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listAssessments(ctx, request.query)),
  );

  app.post(
    '/tenants/:tenantId/assessments',
    {
      config: { auth: 'user', permission: 'assessments.manage' },
      schema: {
        tags,
        summary: "Plan or start a check of a service against its variant's standards in force",
        operationId: 'createAssessment',
        security,
        params: TenantParams,
        body: Type.Object(
          {
            serviceId: Uuid,
            kind: Kind,
            title: Type.Optional(Type.String({ maxLength: 300 })),
            plannedOn: Type.Optional(Type.Union([Day, Type.Null()])),
            startedOn: Type.Optional(Type.Union([Day, Type.Null()])),
            scopeCriteria: Type.Optional(
              ScopeInput('The criteria chosen (catalogue ids); null or absent: the whole variant'),
            ),
            methods: Type.Optional(Methods),
          },
          { additionalProperties: false },
        ),
        response: { 201: AssessmentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, (ctx) => createAssessment(ctx, request.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      config: { auth: 'user', permission: 'assessments.read' },
      schema: {
        tags,
        summary:
          'One check: the scoped tree with results, evidence, offered documents and scores at every level',
        operationId: 'getAssessment',
        security,
        params: AssessmentParams,
        response: { 200: AssessmentSchema, ...problemResponses },
      },
    },
    async (request) =>
      // Row-level security decides: the tenant's own checks, or a commissioned service's completed ones.
      withTenant(request, (ctx) => assessmentDetail(ctx, request.params.assessmentId, null)),
  );

  app.patch(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      config: { auth: 'user', permission: 'assessments.manage' },
      schema: {
        tags,
        summary: 'Change a check that is not completed (title, dates, chosen criteria, methods, conclusions)',
        operationId: 'updateAssessment',
        security,
        params: AssessmentParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, default: 1 }),
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            plannedOn: Type.Optional(Type.Union([Day, Type.Null()])),
            startedOn: Type.Optional(Type.Union([Day, Type.Null()])),
            scopeCriteria: Type.Optional(
              ScopeInput('The criteria chosen (catalogue ids); null: the whole variant'),
            ),
            methods: Type.Optional(Methods),
            conclusions: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 200: AssessmentSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => updateAssessment(ctx, request.params.assessmentId, request.body)),
  );

  removalRoute(app, {
    url: '/tenants/:tenantId/assessments/:assessmentId',
    params: AssessmentParams,
    operationId: 'deleteAssessment',
    summary: 'Delete a check that is not completed',
    tags,
    permission: 'assessments.manage',
    remove: (ctx, params) => deleteAssessment(ctx, params['assessmentId'] ?? ''),
  });

  answerRoute(app, {
    url: '/tenants/:tenantId/assessments/:assessmentId/results',
    idParam: 'assessmentId',
    params: AssessmentParams,
    operationId: 'saveAssessmentResult',
    summary:
      "Save one indicator's result and note (autosave); a stale version is a 409 carrying what the other person saved",
    tags,
    permission: 'assessments.fill',
    noteMaxLength: 10000,
    response: {
      resultVersion: Type.Integer({ description: 'The same as `version` (kept for older clients)' }),
      assessment: AssessmentSummarySchema,
    },
    save: saveResult,
  });

  app.post(
    '/tenants/:tenantId/assessments/:assessmentId/evidence',
    {
      config: { auth: 'user', permission: 'assessments.fill' },
      schema: {
        tags,
        summary:
          'Attach evidence to an indicator: an uploaded file, a register document, or an interview/observation record',
        operationId: 'addAssessmentEvidence',
        security,
        params: AssessmentParams,
        body: Type.Object(
          {
            itemId: ItemId,
            kind: EvidenceKind,
            fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            documentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            description: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ itemId: Type.String(), ...EvidenceSchema.properties }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, (ctx) =>
        addEvidence(ctx, request.params.assessmentId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  removalRoute(app, {
    url: '/tenants/:tenantId/assessments/:assessmentId/evidence/:evidenceId',
    params: EvidenceParams,
    operationId: 'removeAssessmentEvidence',
    summary: 'Remove a piece of evidence from an indicator (the file or document itself stays)',
    tags,
    permission: 'assessments.fill',
    remove: (ctx, params) => removeEvidence(ctx, params['assessmentId'] ?? '', params['evidenceId'] ?? ''),
  });

  app.post(
    '/tenants/:tenantId/assessments/:assessmentId/items/:itemId/measure',
    {
      config: { auth: 'user', permission: 'programme.manage' },
      schema: {
        tags,
        summary:
          "From a not-met or partly-met indicator, a measure in the service's open quality programme (art. 19), prefilled from the indicator",
        operationId: 'createMeasureFromAssessmentIndicator',
        security,
        params: Type.Object({ tenantId: Uuid, assessmentId: Uuid, itemId: ItemId }),
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
            category: Type.Optional(
              Type.Integer({ minimum: 1, maximum: 9, description: 'Art. 19, item 1–9 (default 5)' }),
            ),
            ownerId: Type.Optional(
              Type.Union([Type.Null(), Uuid], { description: 'Who is responsible (a member)' }),
            ),
            dueOn: Type.Optional(Type.Union([Day, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Uuid, programmeId: Uuid, title: Type.String() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { assessmentId, itemId } = request.params;
      const view = await withTenant(request, (ctx) =>
        measureFromIndicator(ctx, assessmentId, itemId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/tenants/:tenantId/assessments/:assessmentId/completion',
    {
      config: { auth: 'user', permission: 'assessments.manage' },
      schema: {
        tags,
        summary:
          'Complete a check: every indicator in scope needs a result; afterwards nothing in it can change',
        operationId: 'completeAssessment',
        security,
        params: AssessmentParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, default: 1 }),
            conclusions: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()])),
            completedOn: Type.Optional(
              DateOnly({
                default: '2026-03-10',
                description:
                  'The day the check was done, when it is typed in later (default: today); not in the future, not before it started',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: AssessmentSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => completeAssessment(ctx, request.params.assessmentId, request.body)),
  );

  app.get(
    '/tenants/:tenantId/monitoring-plan',
    {
      config: { auth: 'user', permission: 'assessments.read' },
      schema: {
        tags,
        summary: "The year's plan (art. 23): checks per service and whether each quarter has one",
        operationId: 'getMonitoringPlan',
        security,
        params: TenantParams,
        querystring: Type.Object(
          { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
          { additionalProperties: false },
        ),
        response: { 200: PlanSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => monitoringPlan(ctx, request.query.year ?? Number(today().slice(0, 4)))),
  );

  app.post(
    '/tenants/:tenantId/monitoring-plan',
    {
      config: { auth: 'user', permission: 'assessments.manage' },
      schema: {
        tags,
        summary:
          "Generate a service's plan for a year from last year's results: a check each quarter, weak criteria first, and the self-assessment",
        operationId: 'generateMonitoringPlan',
        security,
        params: TenantParams,
        body: Type.Object(
          { serviceId: Uuid, year: Type.Integer({ minimum: 2000, maximum: 2100, default: 2026 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ created: Type.Integer(), plan: PlanSchema }), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => generatePlan(ctx, request.body)),
  );
};

export default assessments;
