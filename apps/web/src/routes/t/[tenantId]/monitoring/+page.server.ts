import { error, redirect } from '@sveltejs/kit';
import { thisYear } from '@mera/calendar';
import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

/** The mayor's yearly monitoring (art. 35(1)): the analyses by year, and a new one for a year. */
export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'monitoring');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/monitoring-reports', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  // The year just ended is the one usually analysed.
  const year = thisYear();
  return { reports: data, suggestedYear: year - 1 };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['year']);
    const { tenantId } = event.params;
    const year = Number(text(data, 'year'));
    const report = await actionApi(event, { values }).POST('/api/v1/tenants/{tenantId}/monitoring-reports', {
      params: { path: { tenantId } },
      // A year that is not a number is sent as typed, so the API names the field.
      body: {
        year: Number.isInteger(year) && text(data, 'year') ? year : (text(data, 'year') as unknown as number),
      },
    });
    if (isRefusal(report)) return report;
    redirect(303, `/t/${tenantId}/monitoring/${report.id}`);
  },
};
