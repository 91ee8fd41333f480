import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

interface Node {
  id: string;
  kind: string;
  key: string;
  title?: string | null;
  statement?: string | null;
  children?: Node[];
}

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
  let standards: {
    id: string;
    key: string;
    title: string;
    criteria: { id: string; key: string; statement: string }[];
  }[] = [];
  if (service) {
    const tree = await event.locals.api.GET(
      '/api/v1/catalogue/service-types/{pluginCode}/variants/{variantKey}',
      {
        params: { path: { pluginCode: service.pluginCode, variantKey: service.variantKey } },
      },
    );
    const sections = (tree.data?.sections ?? []) as Node[];
    standards = sections.flatMap((section) =>
      (section.children ?? []).map((standard) => ({
        id: standard.id,
        key: standard.key,
        title: standard.title ?? standard.statement ?? '',
        criteria: (standard.children ?? [])
          .filter((c) => c.kind === 'criterion')
          .map((c) => ({ id: c.id, key: c.key, statement: c.statement ?? c.title ?? '' })),
      })),
    );
  }
  return { services: own, service, standards, today: new Date().toISOString().slice(0, 10) };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['serviceId', 'kind', 'startedOn', 'plannedOn', 'title', 'scope']);
    const { tenantId } = event.params;
    const criteria = data.getAll('criteria').filter((v): v is string => typeof v === 'string');
    const kind = text(data, 'kind') === 'self_assessment' ? 'self_assessment' : 'periodic';
    const whole = text(data, 'scope') !== 'criteria';
    const {
      data: assessment,
      error: problem,
      response,
    } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/assessments', {
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
    expectSession(event, response);
    if (!assessment) {
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
    }
    redirect(303, `/t/${tenantId}/assessments/${assessment.id}`);
  },
};
