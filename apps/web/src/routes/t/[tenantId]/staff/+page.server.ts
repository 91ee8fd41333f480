import { error } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'staff.read');
  const overview = await event.locals.api.GET('/api/v1/tenants/{tenantId}/staff', {
    params: { path: { tenantId: event.params.tenantId }, query: {} },
  });
  expectSession(event, overview.response);
  if (!overview.data) error(overview.response.status === 404 ? 404 : 502, 'staff');
  return { services: overview.data };
};
