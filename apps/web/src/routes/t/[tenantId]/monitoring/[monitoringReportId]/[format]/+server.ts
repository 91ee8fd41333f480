import { documentDownload } from '#lib/server/download.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The yearly monitoring as PDF or XLSX from the API, through the web app's session (the API checks again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  const path = { tenantId: event.params.tenantId, monitoringReportId: event.params.monitoringReportId };
  return documentDownload(event, 'monitoring', ['pdf', 'xlsx'], (format) =>
    event.locals.api.GET(`/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/${format}`, {
      params: { path },
      parseAs: 'stream',
    }),
  );
};
