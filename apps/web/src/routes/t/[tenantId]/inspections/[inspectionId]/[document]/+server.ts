import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/download.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The order, the report or the letter to the agency as PDF, through the web app's session. */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'inspections.read');
  const path = { tenantId: event.params.tenantId, inspectionId: event.params.inspectionId };
  const options = { params: { path }, parseAs: 'stream' as const };
  const api = event.locals.api;
  const { document } = event.params;
  const { response } =
    document === 'order'
      ? await api.GET('/api/v1/tenants/{tenantId}/inspections/{inspectionId}/order', options)
      : document === 'report'
        ? await api.GET('/api/v1/tenants/{tenantId}/inspections/{inspectionId}/report', options)
        : document === 'letter'
          ? await api.GET('/api/v1/tenants/{tenantId}/inspections/{inspectionId}/letter', options)
          : error(404, 'document');
  expectSession(event, response);
  return forwardDownload(response, 'inspection');
};
