import { requireMembership } from '#lib/server/guard.ts';
import { actionApi, loadApi, readActions } from '#lib/server/call.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The person's notices of what others did, newest first; each links to what it is about. */
export const load: PageServerLoad = async (event) => {
  requireMembership(event, event.params.tenantId);
  const { tenantId } = event.params;
  const notices = await loadApi(event).GET('/api/v1/tenants/{tenantId}/notices', {
    params: { path: { tenantId }, query: { limit: 100 } },
  });
  return { tenantId, notices: notices };
};

export const actions: Actions = readActions(
  'noticeId',
  (event: RequestEvent, noticeId: string) =>
    actionApi(event).POST('/api/v1/tenants/{tenantId}/notices/{noticeId}/read', {
      params: { path: { tenantId: event.params.tenantId, noticeId } },
    }),
  (event: RequestEvent) =>
    actionApi(event).POST('/api/v1/tenants/{tenantId}/notices/read', {
      params: { path: { tenantId: event.params.tenantId } },
    }),
);
