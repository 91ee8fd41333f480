import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/download.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The yearly monitoring as PDF or XLSX from the API, through the web app's session (the API checks again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  const { format } = event.params;
  if (format !== 'pdf' && format !== 'xlsx') error(404, 'format');
  const path = { tenantId: event.params.tenantId, monitoringReportId: event.params.monitoringReportId };
  const { response } =
    format === 'pdf'
      ? await event.locals.api.GET('/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/pdf', {
          params: { path },
          parseAs: 'stream',
        })
      : await event.locals.api.GET(
          '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/xlsx',
          {
            params: { path },
            parseAs: 'stream',
          },
        );
  expectSession(event, response);
  return forwardDownload(response, 'monitoring');
};
