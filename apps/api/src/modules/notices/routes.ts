import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { withTenant } from '../../platform/auth.ts';
import { listInbox, markAllInboxRead, markInboxRead } from './inbox.ts';
import { NOTICES, noticePreferences, saveNoticePreferences } from './notices.ts';
import {
  InboxQuery,
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
        querystring: InboxQuery,
        response: { 200: NoticeListSchema, ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listInbox(ctx, NOTICES, request.query)),
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
    async (request) => withTenant(request, (ctx) => markInboxRead(ctx, NOTICES, request.params.noticeId)),
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
    async (request) => withTenant(request, async (ctx) => ({ marked: await markAllInboxRead(ctx, NOTICES) })),
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
    async (request) => withTenant(request, async (ctx) => ({ choices: await noticePreferences(ctx) })),
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
      withTenant(request, async (ctx) => ({
        choices: await saveNoticePreferences(ctx, request.body.choices),
      })),
  );
};

export default notices;
