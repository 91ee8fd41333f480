import { error } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'inbox');
  const path = { tenantId: event.params.tenantId };
  const [programmes, reports] = await Promise.all([
    event.locals.api.GET('/api/v1/tenants/{tenantId}/received-programmes', { params: { path } }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/received-reports', { params: { path } }),
  ]);
  expectSession(event, programmes.response);
  if (!programmes.data) error(programmes.response.status === 404 ? 404 : 502, 'inbox');
  return { programmes: programmes.data, reports: reports.data ?? [] };
};
