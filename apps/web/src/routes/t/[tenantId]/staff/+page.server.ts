import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'staff.read');
  const overview = await loadApi(event).GET('/api/v1/tenants/{tenantId}/staff', {
    params: { path: { tenantId: event.params.tenantId }, query: {} },
  });
  return { services: overview };
};
