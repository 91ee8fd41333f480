import { redirect } from '@sveltejs/kit';
import { today } from '@mera/calendar';
import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const tenantId = event.params.tenantId;
  const [reports, services] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/reports', { params: { path: { tenantId } } }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: { path: { tenantId } } }),
  ]);
  const [year, month] = today().split('-').map(Number) as [number, number];
  return {
    reports: reports,
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    // The half-year just ended is the one usually analysed; in January–March, last year's annual report is due.
    suggested: { year: month <= 6 ? year - 1 : year, half: month <= 6 ? 2 : 1 },
  };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['kind', 'year', 'half', 'serviceId']);
    const { tenantId } = event.params;
    const kind = text(data, 'kind') === 'annual_report' ? 'annual_report' : 'semi_annual_analysis';
    const year = Number(text(data, 'year'));
    const half = text(data, 'half') === '2' ? 2 : text(data, 'half') === '1' ? 1 : undefined;
    const serviceId = text(data, 'serviceId') || null;
    const report = await actionApi(event, { values }).POST('/api/v1/tenants/{tenantId}/reports', {
      params: { path: { tenantId } },
      body: {
        kind,
        // A year that is not a number is sent as typed, so the API names the field.
        year: Number.isInteger(year) ? year : (text(data, 'year') as unknown as number),
        ...(kind === 'semi_annual_analysis' && half ? { half } : {}),
        serviceId,
      },
    });
    if (isRefusal(report)) return report;
    redirect(303, `/t/${tenantId}/reports/${report.id}`);
  },
};
