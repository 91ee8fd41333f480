import { redirect } from '@sveltejs/kit';
import { thisYear } from '@mera/calendar';
import { text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'assessments.read');
  const currentYear = thisYear();
  const asked = Number(event.url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear;
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/monitoring-plan', {
    params: { path: { tenantId: event.params.tenantId }, query: { year } },
  });
  return { plan: data, notice: event.url.searchParams.get('generated') };
};

export const actions: Actions = {
  generate: async (event) => {
    const data = await event.request.formData();
    const serviceId = text(data, 'serviceId');
    const year = Number(text(data, 'year'));
    const { tenantId } = event.params;
    const result = await actionApi(event, { serviceId }).POST('/api/v1/tenants/{tenantId}/monitoring-plan', {
      params: { path: { tenantId } },
      body: { serviceId, year },
    });
    if (isRefusal(result)) return result;
    redirect(303, `/t/${tenantId}/assessments?year=${year}&generated=${result.created}#service-${serviceId}`);
  },
};
