import { today } from '@mera/calendar';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
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

/** The meetings log: monthly team meetings and meetings with the head (art. 24(1) 3–4), and their recommendations. */
const meetings: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(RecommendationSchema);
  app.addSchema(MeetingSchema);
  app.addSchema(MeetingYearSchema);
  const routes = tenantRoutes(app, ['meetings']);

  routes.get(
    '/tenants/:tenantId/meetings',
    {
      permission: 'meetings.read',
      summary: 'A year of meetings, month by month, with the months that lack a meeting of each kind',
      operationId: 'listMeetings',
      querystring: ListMeetingsQuery,
      ok: MeetingYearSchema,
    },
    (ctx, { query }) => meetingsOfYear(ctx, query.year ?? Number(today().slice(0, 4)), query.serviceId),
  );

  routes.get(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      permission: 'meetings.read',
      summary: 'One meeting',
      operationId: 'getMeeting',
      params: MeetingParams,
      ok: MeetingSchema,
    },
    async (ctx, { params }) => meetingViewOf(ctx, await findMeeting(ctx, params.meetingId)),
  );

  routes.post(
    '/tenants/:tenantId/meetings',
    {
      permission: 'meetings.manage',
      summary: 'Log a meeting, with its recommendations',
      operationId: 'createMeeting',
      body: CreateMeetingBody,
      created: MeetingSchema,
    },
    async (ctx, { body }) => meetingViewOf(ctx, await createMeeting(ctx, body)),
  );

  routes.patch(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      permission: 'meetings.manage',
      summary: 'Change a meeting (send the version you read)',
      operationId: 'updateMeeting',
      params: MeetingParams,
      body: UpdateMeetingBody,
      ok: MeetingSchema,
    },
    async (ctx, { params, body: { version, ...changes } }) =>
      meetingViewOf(ctx, await updateMeeting(ctx, params.meetingId, version, changes)),
  );

  routes.delete(
    '/tenants/:tenantId/meetings/:meetingId',
    {
      permission: 'meetings.manage',
      summary: 'Remove a meeting (refused while one of its recommendations is a programme measure)',
      operationId: 'deleteMeeting',
      params: MeetingParams,
      noContent: true,
    },
    (ctx, { params }) => deleteMeeting(ctx, params.meetingId),
  );

  routes.post(
    '/tenants/:tenantId/meetings/:meetingId/recommendations',
    {
      permission: 'meetings.manage',
      summary: 'Add a recommendation to a meeting',
      operationId: 'addMeetingRecommendation',
      params: MeetingParams,
      body: AddMeetingRecommendationBody,
      created: MeetingSchema,
    },
    async (ctx, { params, body }) => {
      await addRecommendation(ctx, params.meetingId, body.text);
      return meetingViewOf(ctx, await findMeeting(ctx, params.meetingId));
    },
  );

  routes.delete(
    '/tenants/:tenantId/meetings/:meetingId/recommendations/:recommendationId',
    {
      permission: 'meetings.manage',
      summary: 'Remove a recommendation (refused once it is a programme measure)',
      operationId: 'deleteMeetingRecommendation',
      params: RecommendationParams,
      noContent: true,
    },
    (ctx, { params }) => deleteRecommendation(ctx, params.meetingId, params.recommendationId),
  );
};

export default meetings;
