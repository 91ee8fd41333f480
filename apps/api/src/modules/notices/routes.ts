import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { listInbox, markAllInboxRead, markInboxRead } from './inbox.ts';
import { NOTICES, noticePreferences, saveNoticePreferences } from './notices.ts';
import {
  InboxQuery,
  MarkedSchema,
  NoticeListSchema,
  NoticeParams,
  NoticePreferencesSchema,
  NoticeSchema,
  SaveNoticePreferencesBody,
} from './schemas.ts';

/** A person's notices of what others did (the header's bell), and which kinds they want, in the app and by e-mail. */
const notices: FastifyPluginAsyncTypebox = async (app) => {
  const routes = tenantRoutes(app, ['notices'], [NoticeSchema, NoticeListSchema, NoticePreferencesSchema]);
  // Every member hears of what concerns them: no permission beyond being a member, and only one's own notices.
  const permission = null;

  routes.get(
    '/tenants/:tenantId/notices',
    {
      permission,
      summary: "The person's own notices in this organisation, newest first, and how many are unread",
      operationId: 'listNotices',
      querystring: InboxQuery,
      ok: NoticeListSchema,
    },
    (ctx, { query }) => listInbox(ctx, NOTICES, query),
  );

  routes.post(
    '/tenants/:tenantId/notices/:noticeId/read',
    {
      permission,
      summary: 'Mark one of your notices read',
      operationId: 'markNoticeRead',
      params: NoticeParams,
      ok: NoticeSchema,
    },
    (ctx, { params }) => markInboxRead(ctx, NOTICES, params.noticeId),
  );

  routes.post(
    '/tenants/:tenantId/notices/read',
    {
      permission,
      summary: 'Mark all your notices in this organisation read',
      operationId: 'markAllNoticesRead',
      ok: MarkedSchema,
    },
    async (ctx) => ({ marked: await markAllInboxRead(ctx, NOTICES) }),
  );

  routes.get(
    '/tenants/:tenantId/notice-preferences',
    {
      permission,
      summary: 'Which kinds of notice you want in this organisation, in the app and by e-mail',
      operationId: 'getNoticePreferences',
      ok: NoticePreferencesSchema,
    },
    async (ctx) => ({ choices: await noticePreferences(ctx) }),
  );

  routes.put(
    '/tenants/:tenantId/notice-preferences',
    {
      permission,
      summary: 'Choose which kinds of notice you want (the kinds not given keep their choice)',
      operationId: 'saveNoticePreferences',
      body: SaveNoticePreferencesBody,
      ok: NoticePreferencesSchema,
    },
    async (ctx, { body }) => ({ choices: await saveNoticePreferences(ctx, body.choices) }),
  );
};

export default notices;
