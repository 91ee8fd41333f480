import { error, redirect } from '@sveltejs/kit';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import { documentActions } from '#lib/server/documents.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const api = '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}' as const;

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'monitoring');
  const data = await loadApi(event).GET(api, { params: { path: path(event) } });
  return { report: data, notice: event.url.searchParams.get('done') };
};

const path = (event: { params: { tenantId: string; monitoringReportId: string } }) => ({
  tenantId: event.params.tenantId,
  monitoringReportId: event.params.monitoringReportId,
});
const back = (event: RequestEvent, done: string) =>
  redirect(303, `/t/${event.params.tenantId}/monitoring/${event.params.monitoringReportId}?done=${done}`);
export const actions: Actions = documentActions<RequestEvent>(
  back,
  (event, body) => event.locals.api.PATCH(api, { params: { path: path(event) }, body }),
  {
    reassemble: [
      'reassembled',
      (event, version) =>
        event.locals.api.POST(`${api}/reassembly`, { params: { path: path(event) }, body: { version } }),
    ],
    approve: [
      'approved',
      (event, version) =>
        event.locals.api.POST(`${api}/approval`, { params: { path: path(event) }, body: { version } }),
    ],
  },
);
