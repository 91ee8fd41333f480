import { redirect } from '@sveltejs/kit';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { commentAction, loadComments } from '#lib/server/comments.ts';
import { documentActions } from '#lib/server/documents.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/reports/{reportId}', {
    params: { path: { tenantId: event.params.tenantId, reportId: event.params.reportId } },
  });
  // Comments exist only on a submitted report: the municipality's own, or those on the provider's own report.
  const comments = data.status === 'submitted' ? await loadComments(event, commentTarget(event)) : [];
  return { report: data, comments, notice: event.url.searchParams.get('done') };
};

const commentTarget = (event: RequestEvent) => ({
  kind: 'report' as const,
  tenantId: event.params.tenantId,
  id: event.params.reportId,
});

const path = (event: RequestEvent) => ({ tenantId: event.params.tenantId, reportId: event.params.reportId });
const back = (event: RequestEvent, done: string) =>
  redirect(303, `/t/${event.params.tenantId}/reports/${event.params.reportId}?done=${done}`);

export const actions: Actions = {
  comment: (event) => commentAction(event, commentTarget(event)),
  ...documentActions<RequestEvent>(
    back,
    (event, body) =>
      event.locals.api.PATCH('/api/v1/tenants/{tenantId}/reports/{reportId}', {
        params: { path: path(event) },
        body,
      }),
    {
      reassemble: [
        'reassembled',
        (event, version) =>
          event.locals.api.POST('/api/v1/tenants/{tenantId}/reports/{reportId}/reassembly', {
            params: { path: path(event) },
            body: { version },
          }),
      ],
      submit: [
        'submitted',
        (event, version) =>
          event.locals.api.POST('/api/v1/tenants/{tenantId}/reports/{reportId}/submission', {
            params: { path: path(event) },
            body: { version },
          }),
      ],
    },
  ),
  delete: async (event) => {
    const answer = await actionApi(event, { action: 'delete' }).DELETE(
      '/api/v1/tenants/{tenantId}/reports/{reportId}',
      { params: { path: path(event) } },
    );
    if (isRefusal(answer)) return answer;
    redirect(303, `/t/${event.params.tenantId}/reports`);
  },
};
