import { error, redirect } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { documentStep, saveTexts } from '#lib/server/documents.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'monitoring');
  const { data, response } = await event.locals.api.GET(
    '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}',
    { params: { path: path(event) } },
  );
  expectSession(event, response);
  if (!data) error(response.status === 404 ? 404 : 502, 'monitoring');
  return { report: data, notice: event.url.searchParams.get('done') };
};

const path = (event: { params: { tenantId: string; monitoringReportId: string } }) => ({
  tenantId: event.params.tenantId,
  monitoringReportId: event.params.monitoringReportId,
});
const back = (event: RequestEvent, done: string) =>
  redirect(303, `/t/${event.params.tenantId}/monitoring/${event.params.monitoringReportId}?done=${done}`);
export const actions: Actions = {
  save: (event) =>
    saveTexts(
      event,
      (body) =>
        event.locals.api.PATCH('/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}', {
          params: { path: path(event) },
          body,
        }),
      (done) => back(event, done),
    ),
  reassemble: (event) =>
    documentStep(
      event,
      'reassemble',
      (version) =>
        event.locals.api.POST(
          '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/reassembly',
          {
            params: { path: path(event) },
            body: { version },
          },
        ),
      () => back(event, 'reassembled'),
    ),
  approve: (event) =>
    documentStep(
      event,
      'approve',
      (version) =>
        event.locals.api.POST('/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/approval', {
          params: { path: path(event) },
          body: { version },
        }),
      () => back(event, 'approved'),
    ),
};
