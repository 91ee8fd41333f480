import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/download.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The quality-system document as PDF or DOCX, through the web app's session (the API checks again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const { format } = event.params;
  if (format !== 'pdf' && format !== 'docx') error(404, 'format');
  const path = { tenantId: event.params.tenantId };
  const { response } =
    format === 'pdf'
      ? await event.locals.api.GET('/api/v1/tenants/{tenantId}/quality-system/pdf', {
          params: { path },
          parseAs: 'stream',
        })
      : await event.locals.api.GET('/api/v1/tenants/{tenantId}/quality-system/docx', {
          params: { path },
          parseAs: 'stream',
        });
  expectSession(event, response);
  return forwardDownload(response, 'quality-system');
};
