import { documentDownload } from '#lib/server/download.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** A report as PDF or DOCX from the API, through the web app's session (the API checks tenant and role again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const path = { tenantId: event.params.tenantId, reportId: event.params.reportId };
  return documentDownload(event, 'report', ['pdf', 'docx'], (format) =>
    event.locals.api.GET(`/api/v1/tenants/{tenantId}/reports/{reportId}/${format}`, {
      params: { path },
      parseAs: 'stream',
    }),
  );
};
