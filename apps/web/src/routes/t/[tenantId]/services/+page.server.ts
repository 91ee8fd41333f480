import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'services.read');
  const [services, types] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/services', {
      params: { path: { tenantId: event.params.tenantId } },
    }),
    event.locals.api.GET('/api/v1/catalogue/service-types'),
  ]);
  return {
    services: services.filter((service) => service.tenantId === event.params.tenantId),
    commissioned: services.filter((service) => service.tenantId !== event.params.tenantId),
    serviceTypes: types.data ?? [],
    notice: event.url.searchParams.get('changed') === 'deleted' ? ('deleted' as const) : null,
    registered:
      event.url.searchParams.get('changed') === 'registered'
        ? Number(event.url.searchParams.get('count')) || 0
        : 0,
  };
};
