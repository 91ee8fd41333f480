import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { today } from '@mera/calendar';
import {
  addEvidence,
  assessmentDetail,
  completeAssessment,
  createAssessment,
  deleteAssessment,
  generatePlan,
  listAssessments,
  monitoringPlan,
  removeEvidence,
  saveResult,
  updateAssessment,
} from './assessments.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

/**
 * A list of criteria or null, as one JSON Schema type rather than `anyOf`: with type coercion on, the `anyOf` form lets
 * the array branch turn a null into `[""]` before the null branch is tried — "the whole variant" would become an
 * unknown criterion.
 */
const ScopeInput = (description: string) =>
  Type.Unsafe<string[] | null>({
    type: ['array', 'null'],
    items: { type: 'string', minLength: 1, maxLength: 200 },
    maxItems: 500,
    description,
  });

const security = [{ bearer: [] }];
const tags = ['assessments'];

const Kind = Type.Union([Type.Literal('periodic'), Type.Literal('self_assessment')], {
  default: 'periodic',
  description:
    '`periodic`: the check at least every three months (art. 23(3)); `self_assessment`: the annual one',
});
const Status = Type.Union([Type.Literal('planned'), Type.Literal('in_progress'), Type.Literal('completed')]);
const Result = Type.Union(
  [Type.Literal('met'), Type.Literal('partly_met'), Type.Literal('not_met'), Type.Literal('not_applicable')],
  { default: 'met' },
);
const EvidenceKind = Type.Union(
  [
    Type.Literal('file'),
    Type.Literal('document'),
    Type.Literal('interview'),
    Type.Literal('observation'),
    Type.Literal('record'),
  ],
  { default: 'interview' },
);
const Day = DateOnly({ default: '2026-03-10' });
const ItemId = Type.String({
  minLength: 1,
  maxLength: 200,
  default: 'bg-2022/a02/s1/c1.1/i1',
  description: 'A catalogue indicator id, e.g. `bg-2022/a02/s1/c1.1/i1`',
});
const Methods = Type.Array(Type.Integer({ minimum: 1, maximum: 11 }), {
  maxItems: 11,
  description: 'The methods of art. 24(1) used, by item number (1–11)',
});
const Progress = Type.Object({ answered: Type.Integer(), total: Type.Integer() });
const Score = Type.Union([Type.Number(), Type.Null()], {
  description:
    "By the plugin's scoring scheme (default: share of indicators met, percent); null when nothing applies",
});

const EvidenceSchema = Type.Object(
  {
    id: Uuid,
    kind: EvidenceKind,
    fileId: Type.Union([Uuid, Type.Null()]),
    fileName: Type.Union([Type.String(), Type.Null()]),
    documentId: Type.Union([Uuid, Type.Null()]),
    documentTitle: Type.Union([Type.String(), Type.Null()]),
    description: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AssessmentEvidence' },
);

const SummaryFields = {
  id: Uuid,
  serviceId: Uuid,
  serviceName: Type.String(),
  pluginCode: Type.String(),
  variantKey: Type.String(),
  annex: Type.Integer(),
  kind: Kind,
  title: Type.String(),
  plannedOn: Type.Union([DateOnly(), Type.Null()]),
  startedOn: Type.Union([DateOnly(), Type.Null()]),
  status: Status,
  scopeCriteria: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description: 'Null: the whole variant; otherwise the chosen criteria',
  }),
  methods: Type.Array(Type.Integer()),
  conclusions: Type.Union([Type.String(), Type.Null()]),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  catalogue: Type.Object({
    versionId: Uuid,
    effectiveFrom: DateOnly({
      description: 'The version of the standards it was made against',
    }),
  }),
  progress: Progress,
  score: Score,
  version: Type.Integer(),
};
export const AssessmentSummarySchema = Type.Object(SummaryFields, { $id: 'AssessmentSummary' });

const IndicatorNode = Type.Object({
  id: Type.String(),
  kind: Type.Literal('indicator'),
  key: Type.String(),
  text: Type.Union([Type.String(), Type.Null()]),
  sources: Type.Array(Type.String()),
  notes: Type.Array(Type.String()),
  result: Type.Union([Result, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  resultVersion: Type.Integer({ description: 'Send it back when saving this result (0: none yet)' }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedByName: Type.Union([Type.String(), Type.Null()]),
  evidence: Type.Array(EvidenceSchema),
  offeredDocuments: Type.Array(Type.Object({ id: Uuid, title: Type.String(), source: Type.String() }), {
    description: 'Documents of the register that stand for one of this indicator’s sources of information',
  }),
});
const Group = <K extends string, C extends TSchema>(kind: K, child: C) =>
  Type.Object({
    id: Type.String(),
    kind: Type.Literal(kind),
    key: Type.String(),
    title: Type.Union([Type.String(), Type.Null()]),
    statement: Type.Union([Type.String(), Type.Null()]),
    notes: Type.Array(Type.String()),
    score: Score,
    progress: Progress,
    children: Type.Array(child),
  });
// The annexes' fixed shape: section → standard → criterion → indicator.
const SectionNode = Group('section', Group('standard', Group('criterion', IndicatorNode)));

export const AssessmentSchema = Type.Object(
  {
    ...SummaryFields,
    scoring: Type.Object({ key: Type.String(), name: Type.Record(Type.String(), Type.String()) }),
    sections: Type.Array(SectionNode),
  },
  { $id: 'Assessment' },
);

const PlanSchema = Type.Object(
  {
    year: Type.Integer(),
    services: Type.Array(
      Type.Object({
        serviceId: Uuid,
        serviceName: Type.String(),
        quarters: Type.Array(
          Type.Object({
            quarter: Type.Integer(),
            checks: Type.Integer(),
            status: Type.Union(
              [
                Type.Literal('done'),
                Type.Literal('planned'),
                Type.Literal('overdue'),
                Type.Literal('missing'),
                Type.Literal('none'),
              ],
              {
                description:
                  '`missing`: a past quarter without any check (art. 23(3)); `overdue`: planned, not done',
              },
            ),
          }),
        ),
        checks: Type.Array(AssessmentSummarySchema),
      }),
    ),
  },
  { $id: 'MonitoringPlan' },
);

const AssessmentParams = Type.Object({ tenantId: Uuid, assessmentId: Uuid });
const EvidenceParams = Type.Object({ tenantId: Uuid, assessmentId: Uuid, evidenceId: Uuid });

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
    async (request) =>
      inTenant(request, (em, scope) => listAssessments(em, app, scope.tenantId, request.query)),
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
      const view = await inTenant(request, (em, scope) =>
        createAssessment(em, app, scope.tenantId, scope.userId, request.body),
      );
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
      inTenant(request, (em) => assessmentDetail(em, app, null, request.params.assessmentId)),
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
      inTenant(request, (em, scope) =>
        updateAssessment(em, app, scope.tenantId, request.params.assessmentId, request.body),
      ),
  );

  app.delete(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      config: { auth: 'user', permission: 'assessments.manage' },
      schema: {
        tags,
        summary: 'Delete a check that is not completed',
        operationId: 'deleteAssessment',
        security,
        params: AssessmentParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) =>
        deleteAssessment(em, scope.tenantId, request.params.assessmentId),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/tenants/:tenantId/assessments/:assessmentId/results',
    {
      config: { auth: 'user', permission: 'assessments.fill' },
      schema: {
        tags,
        summary:
          "Save one indicator's result and note (autosave); a stale version is a 409 naming who saved it",
        operationId: 'saveAssessmentResult',
        security,
        params: AssessmentParams,
        body: Type.Object(
          {
            itemId: ItemId,
            result: Type.Union([Result, Type.Null()]),
            note: Type.Optional(Type.Union([Type.String({ maxLength: 10000 }), Type.Null()])),
            version: Type.Integer({ minimum: 0, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            itemId: Type.String(),
            result: Type.Union([Result, Type.Null()]),
            note: Type.Union([Type.String(), Type.Null()]),
            resultVersion: Type.Integer(),
            assessment: AssessmentSummarySchema,
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        saveResult(em, app, scope.tenantId, scope.userId, request.params.assessmentId, request.body),
      ),
  );

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
      const view = await inTenant(request, (em, scope) =>
        addEvidence(em, scope.tenantId, scope.userId, request.params.assessmentId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  app.delete(
    '/tenants/:tenantId/assessments/:assessmentId/evidence/:evidenceId',
    {
      config: { auth: 'user', permission: 'assessments.fill' },
      schema: {
        tags,
        summary: 'Remove a piece of evidence from an indicator (the file or document itself stays)',
        operationId: 'removeAssessmentEvidence',
        security,
        params: EvidenceParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) =>
        removeEvidence(em, scope.tenantId, request.params.assessmentId, request.params.evidenceId),
      );
      return reply.status(204).send(null);
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
      inTenant(request, (em, scope) =>
        completeAssessment(em, app, scope.tenantId, scope.userId, request.params.assessmentId, request.body),
      ),
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
      inTenant(request, (em, scope) =>
        monitoringPlan(em, app, scope.tenantId, request.query.year ?? Number(today().slice(0, 4))),
      ),
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
    async (request) =>
      inTenant(request, (em, scope) => generatePlan(em, app, scope.tenantId, scope.userId, request.body)),
  );
};

export default assessments;
