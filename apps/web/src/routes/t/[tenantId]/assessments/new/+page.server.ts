import { fail, redirect } from '@sveltejs/kit';
import { today } from '@mera/calendar';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal } from '#lib/server/call.ts';
import { scopeStandards } from '#lib/server/catalogue.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'assessments.manage');
  const tenantId = event.params.tenantId;
  const services = await event.locals.api.GET('/api/v1/tenants/{tenantId}/services', {
    params: { path: { tenantId } },
  });
  expectSession(event, services.response);
  const own = (services.data ?? []).filter((s) => s.tenantId === tenantId);
  const service = own.find((s) => s.id === event.url.searchParams.get('service')) ?? null;
  // The chosen service's standards, to pick the criteria of a periodic check (art. 23(3)).
  const standards = service ? await scopeStandards(event, service.pluginCode, service.variantKey) : [];
  // `?scope=all`: the whole variant chosen already (the home page's first check: a score without picking criteria).
  const scope = event.url.searchParams.get('scope') === 'all' ? 'all' : 'criteria';
  return { services: own, service, standards, today: today(), scope };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['serviceId', 'kind', 'startedOn', 'plannedOn', 'title', 'scope']);
    const { tenantId } = event.params;
    const criteria = data.getAll('criteria').filter((v): v is string => typeof v === 'string');
    const kind = text(data, 'kind') === 'self_assessment' ? 'self_assessment' : 'periodic';
    const whole = text(data, 'scope') !== 'criteria';
    const assessment = await actionApi(event, (problem, response) => {
      const failure = formProblem(problem, m.error_generic());
      if (failure.fields['scopeCriteria'] === undefined) {
        const nested = Object.entries(failure.fields).find(([name]) => name.startsWith('scopeCriteria'));
        if (nested) failure.fields['scopeCriteria'] = nested[1];
      }
      return fail(response.status >= 500 ? 502 : 400, {
        values,
        criteria,
        problem: failure,
      } satisfies FormFailure & { criteria: string[] });
    }).POST('/api/v1/tenants/{tenantId}/assessments', {
      params: { path: { tenantId } },
      body: {
        serviceId: text(data, 'serviceId'),
        kind,
        title: text(data, 'title') || undefined,
        startedOn: text(data, 'startedOn') || null,
        plannedOn: text(data, 'plannedOn') || null,
        scopeCriteria: whole ? null : criteria,
        methods: data
          .getAll('methods')
          .map((v) => Number(v))
          .filter((n) => Number.isInteger(n)),
      },
    });
    if (isRefusal(assessment)) return assessment;
    redirect(303, `/t/${tenantId}/assessments/${assessment.id}`);
  },
};
