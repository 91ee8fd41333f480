import { error } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { RequestHandler } from './$types';

/** The dashboard's CSV/XLSX from the API, through the web app's session (the browser holds no API token). */
export const GET: RequestHandler = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  const params = event.url.searchParams;
  const format = params.get('format') === 'csv' ? 'csv' : 'xlsx';
  const status = params.get('status');
  const { response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/oversight/export', {
    params: {
      path: { tenantId: event.params.tenantId },
      query: {
        format,
        ...(params.get('pluginCode') ? { pluginCode: params.get('pluginCode') ?? '' } : {}),
        ...(params.get('providerTenantId') ? { providerTenantId: params.get('providerTenantId') ?? '' } : {}),
        ...(status === 'attention' || status === 'ok' || status === 'overdue' ? { status } : {}),
        ...(params.get('sort') === 'address' ? { sort: 'address' as const } : {}),
      },
    },
    parseAs: 'stream',
  });
  expectSession(event, response);
  if (!response.ok || !response.body) error(response.status === 403 ? 403 : 502, 'export');
  return new Response(response.body, {
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': response.headers.get('content-disposition') ?? 'attachment',
      'cache-control': 'no-store',
    },
  });
};
