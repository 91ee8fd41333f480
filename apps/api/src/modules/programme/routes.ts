import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson, withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
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
    async (request) => withTenant(request, (ctx) => listProgrammes(ctx)),
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
        body: CreateProgrammeBody,
        response: { 201: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) =>
        programmeView(ctx, await createProgramme(ctx, request.body)),
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
      withTenant(request, async (ctx) =>
        programmeView(ctx, await findProgramme(ctx, request.params.programmeId)),
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
        body: UpdateProgrammeBody,
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return withTenant(request, async (ctx) =>
        programmeView(ctx, await updateProgramme(ctx, request.params.programmeId, version, changes)),
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
      await withTenant(request, (ctx) => deleteProgramme(ctx, request.params.programmeId));
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
        body: SubmitProgrammeBody,
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) =>
        programmeView(ctx, await submitProgramme(ctx, request.params.programmeId, request.body.version)),
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
        body: ReopenProgrammeBody,
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) =>
        programmeView(ctx, await reopenProgramme(ctx, request.params.programmeId, request.body.version)),
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
        body: CreateMeasureBody,
        response: { 201: MeasureSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        const measure = await createMeasure(ctx, request.params.programmeId, request.body);
        return measureView(ctx, measure);
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
        body: UpdateMeasureBody,
        response: { 200: MeasureSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const { programmeId, measureId } = request.params;
      return withTenant(request, async (ctx) => {
        const measure = await updateMeasure(ctx, programmeId, measureId, version, changes);
        return measureView(ctx, measure);
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
        body: RecordMeasureProgressBody,
        response: { 200: MeasureSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...progress } = request.body;
      const { programmeId, measureId } = request.params;
      return withTenant(request, async (ctx) => {
        const measure = await recordProgress(ctx, programmeId, measureId, version, progress);
        return measureView(ctx, measure);
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
      await withTenant(request, (ctx) => deleteMeasure(ctx, programmeId, measureId));
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
        body: CreateProgrammeReviewBody,
        response: { 201: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        await createReview(ctx, request.params.programmeId, request.body);
        return programmeView(ctx, await findProgramme(ctx, request.params.programmeId));
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
        body: UpdateProgrammeReviewBody,
        response: { 200: ProgrammeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const { programmeId, reviewId } = request.params;
      return withTenant(request, async (ctx) => {
        await updateReview(ctx, programmeId, reviewId, version, changes);
        return programmeView(ctx, await findProgramme(ctx, programmeId));
      });
    },
  );
};

export default programme;
