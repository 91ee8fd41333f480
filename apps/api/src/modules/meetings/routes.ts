import { today } from '@mera/calendar';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
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
import { DateOnly } from '../../shared/input-schemas.ts';

const Kind = Type.Union([Type.Literal('team'), Type.Literal('with_head')], {
  default: 'team',
  description:
    "`team`: the monthly team meeting (art. 24(1) 3); `with_head`: with the service's head (art. 24(1) 4)",
});
const Day = DateOnly({ default: '2026-01-15' });
const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
const RecommendationText = Type.String({ minLength: 1, maxLength: 2000, default: 'Да се въведе график' });

const MeetingFields = {
  serviceId: Type.Optional(
    Type.Union([Uuid, Type.Null()], { description: "One of the tenant's services; null: all services" }),
  ),
  kind: Kind,
  heldOn: Day,
  participantsCount: Type.Integer({ minimum: 1, maximum: 500, default: 5 }),
  participants: Type.Optional(
    Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], {
      description: "Staff who took part (optional). Never the names of the service's users.",
    }),
  ),
  topics: Type.String({ minLength: 1, maxLength: 10000, default: 'Оценка на качеството за месеца' }),
  conclusions: Type.Optional(NullableText(10000)),
};

const MonthKindSchema = Type.Object({
  count: Type.Integer(),
  status: Type.Union(
    [Type.Literal('held'), Type.Literal('missing'), Type.Literal('due'), Type.Literal('upcoming')],
    { description: '`missing`: a past month without one; `due`: this month, none yet' },
  ),
});

export const RecommendationSchema = Type.Object(
  {
    id: Uuid,
    position: Type.Integer(),
    text: Type.String(),
    measureId: Type.Union([Uuid, Type.Null()], { description: 'The programme measure it became, if any' }),
    programmeId: Type.Union([Uuid, Type.Null()]),
  },
  { $id: 'MeetingRecommendation' },
);

export const MeetingSchema = Type.Object(
  {
    id: Uuid,
    serviceId: Type.Union([Uuid, Type.Null()]),
    kind: Kind,
    heldOn: DateOnly(),
    participantsCount: Type.Integer(),
    participants: Type.Union([Type.String(), Type.Null()]),
    topics: Type.String(),
    conclusions: Type.Union([Type.String(), Type.Null()]),
    recommendations: Type.Array(RecommendationSchema),
    version: Type.Integer({ description: 'Send it back when saving: a stale version is refused with 409.' }),
  },
  { $id: 'Meeting' },
);

const MeetingYearSchema = Type.Object(
  {
    year: Type.Integer(),
    serviceId: Type.Union([Uuid, Type.Null()]),
    missing: Type.Integer({ description: 'Past months without a meeting, counted per kind' }),
    months: Type.Array(
      Type.Object({ month: Type.String(), team: MonthKindSchema, withHead: MonthKindSchema }),
    ),
    meetings: Type.Array(MeetingSchema),
  },
  { $id: 'MeetingYear' },
);

const MeetingParams = Type.Object({ tenantId: Uuid, meetingId: Uuid });
const RecommendationParams = Type.Object({ tenantId: Uuid, meetingId: Uuid, recommendationId: Uuid });
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
        querystring: Type.Object(
          {
            year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
            serviceId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: { 200: MeetingYearSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        meetingsOfYear(
          em,
          scope.tenantId,
          request.query.year ?? Number(today().slice(0, 4)),
          request.query.serviceId,
        ),
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
      inTenant(request, async (em, scope) =>
        meetingViewOf(em, await findMeeting(em, scope.tenantId, request.params.meetingId)),
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
        body: Type.Object(
          {
            ...MeetingFields,
            recommendations: Type.Optional(Type.Array(RecommendationText, { maxItems: 50 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: MeetingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) =>
        meetingViewOf(em, await createMeeting(em, scope.tenantId, scope.userId, request.body)),
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
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, default: 1 }),
            serviceId: MeetingFields.serviceId,
            kind: Type.Optional(Kind),
            heldOn: Type.Optional(Day),
            participantsCount: Type.Optional(MeetingFields.participantsCount),
            participants: MeetingFields.participants,
            topics: Type.Optional(MeetingFields.topics),
            conclusions: MeetingFields.conclusions,
          },
          { additionalProperties: false },
        ),
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return inTenant(request, async (em, scope) =>
        meetingViewOf(
          em,
          await updateMeeting(em, scope.tenantId, request.params.meetingId, version, changes),
        ),
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
      await inTenant(request, (em, scope) => deleteMeeting(em, scope.tenantId, request.params.meetingId));
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
        body: Type.Object({ text: RecommendationText }, { additionalProperties: false }),
        response: { 201: MeetingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, async (em, scope) => {
        await addRecommendation(em, scope.tenantId, request.params.meetingId, request.body.text);
        return meetingViewOf(em, await findMeeting(em, scope.tenantId, request.params.meetingId));
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
      await inTenant(request, (em, scope) =>
        deleteRecommendation(em, scope.tenantId, request.params.meetingId, request.params.recommendationId),
      );
      return reply.status(204).send(null);
    },
  );
};

export default meetings;
