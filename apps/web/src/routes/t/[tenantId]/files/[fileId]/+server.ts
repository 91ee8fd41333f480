import { forwardDownload } from '#lib/server/download.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** An evidence file from the API, through the web app's session (the API checks tenant and role again). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'evidence.read');
  const { response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/files/{fileId}/content', {
    params: { path: { tenantId: event.params.tenantId, fileId: event.params.fileId } },
    parseAs: 'stream',
  });
  expectSession(event, response);
  return forwardDownload(response, 'file');
};
