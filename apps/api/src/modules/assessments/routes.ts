import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { today } from '@mera/calendar';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { answerRouteSpec } from '../checklists/index.ts';
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
  AddedEvidenceSchema,
  AddEvidenceBody,
  AssessmentParams,
  AssessmentSchema,
  AssessmentSummarySchema,
  CompleteAssessmentBody,
  CreateAssessmentBody,
  EvidenceParams,
  EvidenceSchema,
  GeneratedPlanSchema,
  GeneratePlanBody,
  IndicatorParams,
  ListAssessmentsQuery,
  MeasureCreatedSchema,
  MeasureFromIndicatorBody,
  MonitoringPlanQuery,
  PlanSchema,
  UpdateAssessmentBody,
} from './schemas.ts';

/** Internal monitoring: the annual plan, periodic checks and self-assessments with results and evidence. */
const assessments: FastifyPluginAsyncTypebox = async (app) => {
  const routes = tenantRoutes(
    app,
    ['assessments'],
    [EvidenceSchema, AssessmentSummarySchema, AssessmentSchema, PlanSchema],
  );

  routes.get(
    '/tenants/:tenantId/assessments',
    {
      permission: 'assessments.read',
      summary: 'Checks and self-assessments, newest first, with progress and score',
      operationId: 'listAssessments',
      querystring: ListAssessmentsQuery,
      ok: Type.Array(AssessmentSummarySchema),
    },
    (ctx, { query }) => listAssessments(ctx, query),
  );

  routes.post(
    '/tenants/:tenantId/assessments',
    {
      permission: 'assessments.manage',
      summary: "Plan or start a check of a service against its variant's standards in force",
      operationId: 'createAssessment',
      body: CreateAssessmentBody,
      created: AssessmentSchema,
    },
    (ctx, { body }) => createAssessment(ctx, body),
  );

  routes.get(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      permission: 'assessments.read',
      summary:
        'One check: the scoped tree with results, evidence, offered documents and scores at every level',
      operationId: 'getAssessment',
      params: AssessmentParams,
      ok: AssessmentSchema,
    },
    // Row-level security decides: the tenant's own checks, or a commissioned service's completed ones.
    (ctx, { params }) => assessmentDetail(ctx, params.assessmentId, null),
  );

  routes.patch(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      permission: 'assessments.manage',
      summary: 'Change a check that is not completed (title, dates, chosen criteria, methods, conclusions)',
      operationId: 'updateAssessment',
      params: AssessmentParams,
      body: UpdateAssessmentBody,
      ok: AssessmentSchema,
    },
    (ctx, { params, body }) => updateAssessment(ctx, params.assessmentId, body),
  );

  routes.delete(
    '/tenants/:tenantId/assessments/:assessmentId',
    {
      permission: 'assessments.manage',
      summary: 'Delete a check that is not completed',
      operationId: 'deleteAssessment',
      params: AssessmentParams,
      noContent: true,
    },
    (ctx, { params }) => deleteAssessment(ctx, params.assessmentId),
  );

  routes.put(
    '/tenants/:tenantId/assessments/:assessmentId/results',
    answerRouteSpec(
      {
        permission: 'assessments.fill',
        summary:
          "Save one indicator's result and note (autosave); a stale version is a 409 carrying what the other person saved",
        operationId: 'saveAssessmentResult',
        params: AssessmentParams,
      },
      10000,
      {
        resultVersion: Type.Integer({ description: 'The same as `version` (kept for older clients)' }),
        assessment: AssessmentSummarySchema,
      },
    ),
    (ctx, { params, body }) => saveResult(ctx, params.assessmentId, body),
  );

  routes.post(
    '/tenants/:tenantId/assessments/:assessmentId/evidence',
    {
      permission: 'assessments.fill',
      summary:
        'Attach evidence to an indicator: an uploaded file, a register document, or an interview/observation record',
      operationId: 'addAssessmentEvidence',
      params: AssessmentParams,
      body: AddEvidenceBody,
      created: AddedEvidenceSchema,
    },
    (ctx, { params, body }) => addEvidence(ctx, params.assessmentId, body),
  );

  routes.delete(
    '/tenants/:tenantId/assessments/:assessmentId/evidence/:evidenceId',
    {
      permission: 'assessments.fill',
      summary: 'Remove a piece of evidence from an indicator (the file or document itself stays)',
      operationId: 'removeAssessmentEvidence',
      params: EvidenceParams,
      noContent: true,
    },
    (ctx, { params }) => removeEvidence(ctx, params.assessmentId, params.evidenceId),
  );

  routes.post(
    '/tenants/:tenantId/assessments/:assessmentId/items/:itemId/measure',
    {
      permission: 'programme.manage',
      summary:
        "From a not-met or partly-met indicator, a measure in the service's open quality programme (art. 19), prefilled from the indicator",
      operationId: 'createMeasureFromAssessmentIndicator',
      params: IndicatorParams,
      body: MeasureFromIndicatorBody,
      created: MeasureCreatedSchema,
    },
    (ctx, { params, body }) => measureFromIndicator(ctx, params.assessmentId, params.itemId, body),
  );

  routes.post(
    '/tenants/:tenantId/assessments/:assessmentId/completion',
    {
      permission: 'assessments.manage',
      summary:
        'Complete a check: every indicator in scope needs a result; afterwards nothing in it can change',
      operationId: 'completeAssessment',
      params: AssessmentParams,
      body: CompleteAssessmentBody,
      ok: AssessmentSchema,
    },
    (ctx, { params, body }) => completeAssessment(ctx, params.assessmentId, body),
  );

  routes.get(
    '/tenants/:tenantId/monitoring-plan',
    {
      permission: 'assessments.read',
      summary: "The year's plan (art. 23): checks per service and whether each quarter has one",
      operationId: 'getMonitoringPlan',
      querystring: MonitoringPlanQuery,
      ok: PlanSchema,
    },
    (ctx, { query }) => monitoringPlan(ctx, query.year ?? Number(today().slice(0, 4))),
  );

  routes.post(
    '/tenants/:tenantId/monitoring-plan',
    {
      permission: 'assessments.manage',
      summary:
        "Generate a service's plan for a year from last year's results: a check each quarter, weak criteria first, and the self-assessment",
      operationId: 'generateMonitoringPlan',
      body: GeneratePlanBody,
      ok: GeneratedPlanSchema,
    },
    (ctx, { body }) => generatePlan(ctx, body),
  );
};

export default assessments;
