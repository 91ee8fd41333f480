import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, readActions } from '#lib/server/call.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The organisation's deadlines, the person's reminders and their calendar feed. */
export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'deadlines.read');
  const tenantId = event.params.tenantId;
  const from = event.url.searchParams.get('from') ?? '';
  const to = event.url.searchParams.get('to') ?? '';
  const query = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const [deadlines, notifications, feed, services] = await Promise.all([
    event.locals.api.GET('/api/v1/tenants/{tenantId}/deadlines', {
      params: { path: { tenantId }, query },
    }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/notifications', {
      params: { path: { tenantId }, query: { limit: 50 } },
    }),
    event.locals.api.GET('/api/v1/me/calendar-feed'),
    // The services' names head the groups of deadlines (a municipality sees the services it commissions).
    membership.permissions.includes('services.read')
      ? event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: { path: { tenantId } } })
      : Promise.resolve({ data: [] }),
  ]);
  expectSession(event, deadlines.response);
  // A window the API refused: say why next to the field, keep what was typed, and show the default window.
  let windowProblem = null;
  let result = deadlines.data;
  if (!result && deadlines.response.status === 400) {
    const problem = formProblem(deadlines.error, m.error_generic());
    windowProblem = {
      ...problem,
      fields: Object.fromEntries(
        Object.entries(problem.fields).map(([name, message]) => [name.replace(/^query\./, ''), message]),
      ),
    };
    result = (
      await event.locals.api.GET('/api/v1/tenants/{tenantId}/deadlines', { params: { path: { tenantId } } })
    ).data;
  }
  if (!result) error(deadlines.response.status === 404 ? 404 : 502, 'deadlines');
  return {
    tenantId,
    deadlines: result,
    window: { from, to },
    windowProblem,
    notifications: notifications.data ?? { unread: 0, items: [] },
    feed: feed.data ?? { exists: false, createdAt: null },
    serviceNames: Object.fromEntries((services.data ?? []).map((s) => [s.id, s.name])),
  };
};

export const actions: Actions = {
  ...readActions(
    'notificationId',
    (event: RequestEvent, notificationId: string) =>
      actionApi(event, { notificationId }).POST(
        '/api/v1/tenants/{tenantId}/notifications/{notificationId}/read',
        {
          params: { path: { tenantId: event.params.tenantId, notificationId } },
        },
      ),
    (event: RequestEvent) =>
      actionApi(event).POST('/api/v1/tenants/{tenantId}/notifications/read', {
        params: { path: { tenantId: event.params.tenantId } },
      }),
  ),

  rotateFeed: async (event) => {
    const { data: feed, error: problem, response } = await event.locals.api.POST('/api/v1/me/calendar-feed');
    expectSession(event, response);
    if (!feed) return refused(response, problem);
    // The secret URL is shown this once; Mera keeps only its hash.
    return { feedUrl: feed.url };
  },

  deleteFeed: async (event) => {
    const { error: problem, response } = await event.locals.api.DELETE('/api/v1/me/calendar-feed');
    expectSession(event, response);
    if (!response.ok) return refused(response, problem);
    return { feedDeleted: true };
  },
};
