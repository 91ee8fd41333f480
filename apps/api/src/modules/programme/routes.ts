import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson } from '../../platform/auth.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { categories, findProgramme } from './lifecycle.ts';
import { createMeasure, deleteMeasure, recordProgress, updateMeasure } from './measures.ts';
import {
  createProgramme,
  deleteProgramme,
  reopenProgramme,
  submitProgramme,
  updateProgramme,
} from './programme.ts';
import { createReview, updateReview } from './reviews.ts';
import { listProgrammes, measureView, programmeView } from './views.ts';
import {
  CategorySchema,
  ProgrammeSummarySchema,
  MeasureSchema,
  ReviewSchema,
  ProgrammeSchema,
  ProgrammeParams,
  MeasureParams,
  ReviewParams,
  CreateProgrammeBody,
  UpdateProgrammeBody,
  SubmitProgrammeBody,
  ReopenProgrammeBody,
  CreateMeasureBody,
  UpdateMeasureBody,
  RecordMeasureProgressBody,
  CreateProgrammeReviewBody,
  UpdateProgrammeReviewBody,
} from './schemas.ts';

const tags = ['programme'];

/** The quality programme (art. 15–20): measures in the nine categories of art. 19, reviews, and agreement. */
const programme: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(CategorySchema);
  app.addSchema(ProgrammeSummarySchema);
  app.addSchema(MeasureSchema);
  app.addSchema(ReviewSchema);
  app.addSchema(ProgrammeSchema);
  const routes = tenantRoutes(app, tags);

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

  routes.get(
    '/tenants/:tenantId/programmes',
    {
      permission: 'programme.read',
      summary: 'The quality programmes, newest period first',
      operationId: 'listProgrammes',
      ok: Type.Array(ProgrammeSummarySchema),
    },
    (ctx) => listProgrammes(ctx),
  );

  routes.post(
    '/tenants/:tenantId/programmes',
    {
      permission: 'programme.manage',
      summary: 'Start a programme for a period',
      operationId: 'createProgramme',
      body: CreateProgrammeBody,
      created: ProgrammeSchema,
    },
    async (ctx, { body }) => programmeView(ctx, await createProgramme(ctx, body)),
  );

  routes.get(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      permission: 'programme.read',
      summary: 'One programme with its measures, reviews and agreement state',
      operationId: 'getProgramme',
      params: ProgrammeParams,
      ok: ProgrammeSchema,
    },
    async (ctx, { params }) => programmeView(ctx, await findProgramme(ctx, params.programmeId)),
  );

  routes.patch(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      permission: 'programme.manage',
      summary: 'Change a draft programme (send the version you read)',
      operationId: 'updateProgramme',
      params: ProgrammeParams,
      body: UpdateProgrammeBody,
      ok: ProgrammeSchema,
    },
    async (ctx, { params, body: { version, ...changes } }) =>
      programmeView(ctx, await updateProgramme(ctx, params.programmeId, version, changes)),
  );

  routes.delete(
    '/tenants/:tenantId/programmes/:programmeId',
    {
      permission: 'programme.manage',
      summary: 'Delete a draft that was never submitted',
      operationId: 'deleteProgramme',
      params: ProgrammeParams,
      noContent: true,
    },
    (ctx, { params }) => deleteProgramme(ctx, params.programmeId),
  );

  routes.post(
    '/tenants/:tenantId/programmes/:programmeId/submission',
    {
      permission: 'programme.manage',
      summary: 'Submit the programme to the commissioning mayor for agreement (art. 16(2), 20(2))',
      operationId: 'submitProgramme',
      params: ProgrammeParams,
      body: SubmitProgrammeBody,
      ok: ProgrammeSchema,
    },
    async (ctx, { params, body }) =>
      programmeView(ctx, await submitProgramme(ctx, params.programmeId, body.version)),
  );

  routes.post(
    '/tenants/:tenantId/programmes/:programmeId/reopening',
    {
      permission: 'programme.manage',
      summary: 'Reopen an agreed programme to update it (art. 20); it is then agreed again',
      operationId: 'reopenProgramme',
      params: ProgrammeParams,
      body: ReopenProgrammeBody,
      ok: ProgrammeSchema,
    },
    async (ctx, { params, body }) =>
      programmeView(ctx, await reopenProgramme(ctx, params.programmeId, body.version)),
  );

  routes.post(
    '/tenants/:tenantId/programmes/:programmeId/measures',
    {
      permission: 'programme.manage',
      summary: 'Add a measure (from a meeting recommendation: send its id)',
      operationId: 'createMeasure',
      params: ProgrammeParams,
      body: CreateMeasureBody,
      created: MeasureSchema,
    },
    async (ctx, { params, body }) => measureView(ctx, await createMeasure(ctx, params.programmeId, body)),
  );

  routes.patch(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId',
    {
      permission: 'programme.manage',
      summary: 'Change what a measure says (draft or changes requested only)',
      operationId: 'updateMeasure',
      params: MeasureParams,
      body: UpdateMeasureBody,
      ok: MeasureSchema,
    },
    async (ctx, { params: { programmeId, measureId }, body: { version, ...changes } }) =>
      measureView(ctx, await updateMeasure(ctx, programmeId, measureId, version, changes)),
  );

  routes.post(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId/progress',
    {
      permission: 'programme.progress',
      summary: "Record a measure's progress (also while the programme is submitted or agreed)",
      operationId: 'recordMeasureProgress',
      params: MeasureParams,
      body: RecordMeasureProgressBody,
      ok: MeasureSchema,
    },
    async (ctx, { params: { programmeId, measureId }, body: { version, ...progress } }) =>
      measureView(ctx, await recordProgress(ctx, programmeId, measureId, version, progress)),
  );

  routes.delete(
    '/tenants/:tenantId/programmes/:programmeId/measures/:measureId',
    {
      permission: 'programme.manage',
      summary: 'Remove a measure (draft or changes requested only)',
      operationId: 'deleteMeasure',
      params: MeasureParams,
      noContent: true,
    },
    (ctx, { params }) => deleteMeasure(ctx, params.programmeId, params.measureId),
  );

  routes.post(
    '/tenants/:tenantId/programmes/:programmeId/reviews',
    {
      permission: 'programme.manage',
      summary: 'Record the yearly review (art. 20(1)) and the measures carried over',
      operationId: 'createProgrammeReview',
      params: ProgrammeParams,
      body: CreateProgrammeReviewBody,
      created: ProgrammeSchema,
    },
    async (ctx, { params, body }) => {
      await createReview(ctx, params.programmeId, body);
      return programmeView(ctx, await findProgramme(ctx, params.programmeId));
    },
  );

  routes.patch(
    '/tenants/:tenantId/programmes/:programmeId/reviews/:reviewId',
    {
      permission: 'programme.manage',
      summary: 'Change a review (send the version you read)',
      operationId: 'updateProgrammeReview',
      params: ReviewParams,
      body: UpdateProgrammeReviewBody,
      ok: ProgrammeSchema,
    },
    async (ctx, { params: { programmeId, reviewId }, body: { version, ...changes } }) => {
      await updateReview(ctx, programmeId, reviewId, version, changes);
      return programmeView(ctx, await findProgramme(ctx, programmeId));
    },
  );
};

export default programme;
