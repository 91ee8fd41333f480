import { error } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'services.read');
  const [services, types] = await Promise.all([
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', {
      params: { path: { tenantId: event.params.tenantId } },
    }),
    event.locals.api.GET('/api/v1/catalogue/service-types'),
  ]);
  expectSession(event, services.response);
  if (!services.data) error(services.response.status === 404 ? 404 : 502, 'services');
  return {
    services: services.data.filter((service) => service.tenantId === event.params.tenantId),
    commissioned: services.data.filter((service) => service.tenantId !== event.params.tenantId),
    serviceTypes: types.data ?? [],
    notice: event.url.searchParams.get('changed') === 'deleted' ? ('deleted' as const) : null,
    registered:
      event.url.searchParams.get('changed') === 'registered'
        ? Number(event.url.searchParams.get('count')) || 0
        : 0,
  };
};
