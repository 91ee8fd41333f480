import { forwardDownload } from '#lib/server/download.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** A photo or document attached to an inspection report, through the web app's session. */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'inspections.read');
  const { response } = await event.locals.api.GET(
    '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/attachments/{attachmentId}',
    {
      params: {
        path: {
          tenantId: event.params.tenantId,
          inspectionId: event.params.inspectionId,
          attachmentId: event.params.attachmentId,
        },
      },
      parseAs: 'stream',
    },
  );
  expectSession(event, response);
  return forwardDownload(response, 'attachment');
};
