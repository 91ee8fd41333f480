import { error } from '@sveltejs/kit';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'inbox');
  const path = { tenantId: event.params.tenantId };
  const [programmes, reports] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/received-programmes', { params: { path } }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/received-reports', { params: { path } }),
  ]);
  return { programmes: programmes, reports: reports.data ?? [] };
};
