import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { asPerson } from '../../platform/auth.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import { deleteFeed, feedFor, feedStatus, rotateFeed } from './calendar.ts';
import { computeDeadlines, windowOf } from './deadlines.ts';
import { InboxQuery, listInbox, markAllInboxRead, MarkedSchema, markInboxRead } from '../notices/index.ts';
import { REMINDERS } from './notifications.ts';
import {
  DueItemSchema,
  DeadlinesSchema,
  NotificationSchema,
  NotificationListSchema,
  CalendarFeedSchema,
  NotificationParams,
  ListDeadlinesQuery,
  CalendarFeedParams,
  DeadlineSummarySchema,
} from './schemas.ts';
import { deadlineSummary } from './summary.ts';

const security = [{ bearer: [] }];
const tags = ['deadlines'];

/** Deadlines computed from the Ordinance's rules, the person's reminders, and the iCal feed. */
const deadlines: FastifyPluginAsyncTypebox = async (app) => {
  const routes = tenantRoutes(app, tags, [
    DueItemSchema,
    DeadlinesSchema,
    NotificationSchema,
    NotificationListSchema,
    CalendarFeedSchema,
    DeadlineSummarySchema,
  ]);

  routes.get(
    '/tenants/:tenantId/deadlines',
    {
      permission: 'deadlines.read',
      summary: "The organisation's deadlines due in a window (default: half a year back, a quarter ahead)",
      description:
        'Computed on read from the services, checks, meetings, programmes and documents (art. 20, 23–26). Dates are calendar dates in Europe/Sofia; at most 1100 days.',
      operationId: 'listDeadlines',
      querystring: ListDeadlinesQuery,
      ok: DeadlinesSchema,
    },
    async (ctx, { query }) => {
      // A window that is too long or inverted is a 400 before anything is read.
      const window = windowOf(ctx.tenantId, query, new Date(), ctx.plugins.jurisdiction?.staffNorms);
      return {
        today: window.today,
        from: window.from,
        to: window.to,
        items: await computeDeadlines(ctx.em, window),
      };
    },
  );

  routes.get(
    '/tenants/:tenantId/deadlines/summary',
    {
      permission: 'deadlines.read',
      summary: 'How many deadlines are overdue and due this week, in the default window',
      description:
        'The same computation and window as `GET …/deadlines` without a window: the header shows this count, and the deadlines page lists exactly these items as overdue.',
      operationId: 'deadlineSummary',
      ok: DeadlineSummarySchema,
    },
    async (ctx) =>
      deadlineSummary(
        await computeDeadlines(
          ctx.em,
          windowOf(ctx.tenantId, {}, new Date(), ctx.plugins.jurisdiction?.staffNorms),
        ),
      ),
  );

  routes.get(
    '/tenants/:tenantId/notifications',
    {
      permission: 'deadlines.read',
      summary: "The person's own reminders in this organisation, newest first, and how many are unread",
      operationId: 'listNotifications',
      querystring: InboxQuery,
      ok: NotificationListSchema,
    },
    (ctx, { query }) => listInbox(ctx, REMINDERS, query),
  );

  routes.post(
    '/tenants/:tenantId/notifications/:notificationId/read',
    {
      permission: 'deadlines.read',
      summary: 'Mark one of your reminders read',
      operationId: 'markNotificationRead',
      params: NotificationParams,
      ok: NotificationSchema,
    },
    (ctx, { params }) => markInboxRead(ctx, REMINDERS, params.notificationId),
  );

  routes.post(
    '/tenants/:tenantId/notifications/read',
    {
      permission: 'deadlines.read',
      summary: 'Mark all your reminders in this organisation read',
      operationId: 'markAllNotificationsRead',
      ok: MarkedSchema,
    },
    async (ctx) => ({ marked: await markAllInboxRead(ctx, REMINDERS) }),
  );

  app.get(
    '/me/calendar-feed',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Whether you have an iCal feed (its URL is shown only when it is made)',
        operationId: 'getCalendarFeed',
        security,
        response: { 200: CalendarFeedSchema, ...problemResponses },
      },
    },
    async (request) => asPerson(request, (em) => feedStatus(em, request.claims?.sub ?? '')),
  );

  app.post(
    '/me/calendar-feed',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Make your iCal feed, or replace its secret URL (the old one stops working)',
        operationId: 'rotateCalendarFeed',
        security,
        response: {
          201: Type.Object({
            url: Type.String({ description: 'The secret URL; keep it like a password' }),
            createdAt: Type.String({ format: 'date-time' }),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const feed = await asPerson(request, (em) =>
        rotateFeed(em, request.claims?.sub ?? '', app.config.PUBLIC_WEB_URL),
      );
      return reply.status(201).send(feed);
    },
  );

  app.delete(
    '/me/calendar-feed',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Stop your iCal feed',
        operationId: 'deleteCalendarFeed',
        security,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await asPerson(request, (em) => deleteFeed(em, request.claims?.sub ?? ''));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/calendar/:file',
    {
      schema: {
        tags,
        summary: 'The iCal feed (RFC 5545) of the person whose secret is in the URL: <secret>.ics',
        operationId: 'calendarFeed',
        params: CalendarFeedParams,
        produces: ['text/calendar'],
        response: { 200: Type.String(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const text = await feedFor(
        app.orm,
        request.params.file.slice(0, -4),
        app.config.PUBLIC_WEB_URL,
        new Date(),
        app.jurisdiction?.staffNorms,
      );
      if (text === null) throw new AppError(404, 'not_found');
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(text);
    },
  );
};

export default deadlines;
