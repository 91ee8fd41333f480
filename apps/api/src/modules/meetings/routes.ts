import { today } from '@mera/calendar';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import {
  addRecommendation,
  createMeeting,
  deleteMeeting,
  deleteRecommendation,
  findMeeting,
  meetingsOfYear,
  meetingViewOf,
  updateMeeting,
} from './meetings.ts';
import {
  RecommendationSchema,
  MeetingSchema,
  MeetingYearSchema,
  MeetingParams,
  RecommendationParams,
  ListMeetingsQuery,
  CreateMeetingBody,
  UpdateMeetingBody,
  AddMeetingRecommendationBody,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['meetings'];

/** The meetings log: monthly team meetings and meetings with the head (art. 24(1) 3–4), and their recommendations. */
const meetings: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(RecommendationSchema);
  app.addSchema(MeetingSchema);
  app.addSchema(MeetingYearSchema);

  app.get(
    '/tenants/:tenantId/meetings',
    {
      config: { auth: 'user', permission: 'meetings.read' },
      schema: {
        tags,
        summary: 'A year of meetings, month by month, with the months that lack a meeting of each kind',
        operationId: 'listMeetings',
        security,
        params: TenantParams,
        querystring: ListMeetingsQuery,
        response: { 200: MeetingYearSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) =>
        meetingsOfYear(ctx, request.query.year ?? Number(today().slice(0, 4)), request.query.serviceId),
      ),
  );

  app.get(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      config: { auth: 'user', permission: 'meetings.read' },
      schema: {
        tags,
        summary: 'One meeting',
        operationId: 'getMeeting',
        security,
        params: MeetingParams,
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) =>
        meetingViewOf(ctx, await findMeeting(ctx, request.params.meetingId)),
      ),
  );

  app.post(
    '/tenants/:tenantId/meetings',
    {
      config: { auth: 'user', permission: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Log a meeting, with its recommendations',
        operationId: 'createMeeting',
        security,
        params: TenantParams,
        body: CreateMeetingBody,
        response: { 201: MeetingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) =>
        meetingViewOf(ctx, await createMeeting(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      config: { auth: 'user', permission: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Change a meeting (send the version you read)',
        operationId: 'updateMeeting',
        security,
        params: MeetingParams,
        body: UpdateMeetingBody,
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return withTenant(request, async (ctx) =>
        meetingViewOf(ctx, await updateMeeting(ctx, request.params.meetingId, version, changes)),
      );
    },
  );

  app.delete(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      config: { auth: 'user', permission: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Remove a meeting (refused while one of its recommendations is a programme measure)',
        operationId: 'deleteMeeting',
        security,
        params: MeetingParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) => deleteMeeting(ctx, request.params.meetingId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tenants/:tenantId/meetings/:meetingId/recommendations',
    {
      config: { auth: 'user', permission: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Add a recommendation to a meeting',
        operationId: 'addMeetingRecommendation',
        security,
        params: MeetingParams,
        body: AddMeetingRecommendationBody,
        response: { 201: MeetingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, async (ctx) => {
        await addRecommendation(ctx, request.params.meetingId, request.body.text);
        return meetingViewOf(ctx, await findMeeting(ctx, request.params.meetingId));
      });
      return reply.status(201).send(view);
    },
  );

  app.delete(
    '/tenants/:tenantId/meetings/:meetingId/recommendations/:recommendationId',
    {
      config: { auth: 'user', permission: 'meetings.manage' },
      schema: {
        tags,
        summary: 'Remove a recommendation (refused once it is a programme measure)',
        operationId: 'deleteMeetingRecommendation',
        security,
        params: RecommendationParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) =>
        deleteRecommendation(ctx, request.params.meetingId, request.params.recommendationId),
      );
      return reply.status(204).send(null);
    },
  );
};

export default meetings;
