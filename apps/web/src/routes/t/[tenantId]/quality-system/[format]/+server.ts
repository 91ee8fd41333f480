import { documentDownload } from '#lib/server/download.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The quality-system document as PDF or DOCX, through the web app's session (the API checks again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const path = { tenantId: event.params.tenantId };
  return documentDownload(event, 'quality-system', ['pdf', 'docx'], (format) =>
    event.locals.api.GET(`/api/v1/tenants/{tenantId}/quality-system/${format}`, {
      params: { path },
      parseAs: 'stream',
    }),
  );
};
