import { error } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'inbox');
  const { data, response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/received-programmes', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  expectSession(event, response);
  if (!data) error(response.status === 404 ? 404 : 502, 'inbox');
  return { programmes: data };
};
