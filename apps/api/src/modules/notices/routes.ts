import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { inTenant } from '../../platform/auth.ts';
import {
  listNotices,
  markAllNoticesRead,
  markNoticeRead,
  noticePreferences,
  saveNoticePreferences,
} from './notices.ts';
import {
  ListNoticesQuery,
  NoticeListSchema,
  NoticeParams,
  NoticePreferencesSchema,
  NoticeSchema,
  SaveNoticePreferencesBody,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['notices'];
// Every member hears of what concerns them: no permission beyond being a member, and only one's own notices.
const config = { auth: 'user' as const };

/** A person's notices of what others did (the header's bell), and which kinds they want, in the app and by e-mail. */
const notices: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(NoticeSchema);
  app.addSchema(NoticeListSchema);
  app.addSchema(NoticePreferencesSchema);

  app.get(
    '/tenants/:tenantId/notices',
    {
      config,
      schema: {
        tags,
        summary: "The person's own notices in this organisation, newest first, and how many are unread",
        operationId: 'listNotices',
        security,
        params: TenantParams,
        querystring: ListNoticesQuery,
        response: { 200: NoticeListSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) => listNotices(em, scope.tenantId, scope.userId, request.query)),
  );

  app.post(
    '/tenants/:tenantId/notices/:noticeId/read',
    {
      config,
      schema: {
        tags,
        summary: 'Mark one of your notices read',
        operationId: 'markNoticeRead',
        security,
        params: NoticeParams,
        response: { 200: NoticeSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        markNoticeRead(em, scope.tenantId, scope.userId, request.params.noticeId),
      ),
  );

  app.post(
    '/tenants/:tenantId/notices/read',
    {
      config,
      schema: {
        tags,
        summary: 'Mark all your notices in this organisation read',
        operationId: 'markAllNoticesRead',
        security,
        params: TenantParams,
        response: { 200: Type.Object({ marked: Type.Integer() }), ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) => ({
        marked: await markAllNoticesRead(em, scope.tenantId, scope.userId),
      })),
  );

  app.get(
    '/tenants/:tenantId/notice-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'Which kinds of notice you want in this organisation, in the app and by e-mail',
        operationId: 'getNoticePreferences',
        security,
        params: TenantParams,
        response: { 200: NoticePreferencesSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) => ({
        choices: await noticePreferences(em, scope.tenantId, scope.userId),
      })),
  );

  app.put(
    '/tenants/:tenantId/notice-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'Choose which kinds of notice you want (the kinds not given keep their choice)',
        operationId: 'saveNoticePreferences',
        security,
        params: TenantParams,
        body: SaveNoticePreferencesBody,
        response: { 200: NoticePreferencesSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, async (em, scope) => ({
        choices: await saveNoticePreferences(em, scope.tenantId, scope.userId, request.body.choices),
      })),
  );
};

export default notices;
