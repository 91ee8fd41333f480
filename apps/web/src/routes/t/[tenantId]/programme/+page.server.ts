import { redirect } from '@sveltejs/kit';
import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'programme.read');
  const tenantId = event.params.tenantId;
  const path = { params: { path: { tenantId } } };
  const [programmes, services] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/programmes', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', path),
  ]);
  return {
    programmes: programmes,
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    notice: event.url.searchParams.get('changed') === 'deleted' ? ('deleted' as const) : null,
  };
};

const FIELDS = ['title', 'serviceId', 'periodStart', 'periodEnd'] as const;

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const { tenantId } = event.params;
    const programme = await actionApi(event, { values: keptValues(data, FIELDS) }).POST(
      '/api/v1/tenants/{tenantId}/programmes',
      {
        params: { path: { tenantId } },
        body: {
          title: text(data, 'title'),
          serviceId: text(data, 'serviceId') || null,
          periodStart: text(data, 'periodStart'),
          periodEnd: text(data, 'periodEnd'),
        },
      },
    );
    if (isRefusal(programme)) return programme;
    redirect(303, `/t/${tenantId}/programme/${programme.id}?changed=created`);
  },
};
