import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal, loadApi } from '#lib/server/call.ts';
import { scopeStandards, type ScopeStandard } from '#lib/server/catalogue.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'inspections.read');
  const path = { params: { path: { tenantId: event.params.tenantId } } };
  if (membership.tenantKind !== 'municipality') {
    // A provider reads the signed reports about its services; the agency those forwarded to it.
    const received = await loadApi(event).GET('/api/v1/tenants/{tenantId}/received-inspections', path);
    return {
      received: received,
      plan: [],
      inspections: [],
      contracts: [],
      members: [],
      scopes: {} as Record<string, ScopeStandard[]>,
    };
  }
  const [plan, inspections, contracts, members, services] = await Promise.all([
    event.locals.api.GET('/api/v1/tenants/{tenantId}/inspection-plan', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/inspections', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/contracts', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/members', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', path),
  ]);
  expectSession(event, plan.response);
  if (!plan.data || !inspections.data) error(plan.response.status === 404 ? 404 : 502, 'inspections');
  const active = (contracts.data ?? []).filter((c) => c.status === 'active' && c.serviceId);
  // The criteria of each commissioned service's annex, to narrow an inspection's scope (art. 31(2)).
  const trees = new Map<string, Promise<ScopeStandard[]>>();
  const standardsOf = (pluginCode: string, variantKey: string) => {
    const key = `${pluginCode}/${variantKey}`;
    if (!trees.has(key)) trees.set(key, scopeStandards(event, pluginCode, variantKey));
    return trees.get(key) as Promise<ScopeStandard[]>;
  };
  const scopes: Record<string, ScopeStandard[]> = {};
  for (const contract of active) {
    const service = (services.data ?? []).find((s) => s.id === contract.serviceId);
    if (service) scopes[contract.id] = await standardsOf(service.pluginCode, service.variantKey);
  }
  return {
    received: [],
    plan: plan.data,
    inspections: inspections.data,
    scopes,
    contracts: active,
    members: (members.data ?? []).map((x) => ({
      userId: x.userId,
      displayName: x.displayName,
      email: x.email,
    })),
  };
};

const ORDER_FIELDS = [
  'contractId',
  'kind',
  'reason',
  'orderNumber',
  'orderDate',
  'basis',
  'place',
  'startsOn',
  'endsOn',
  'reportDueOn',
  'position',
  'scope',
] as const;

export const actions: Actions = {
  order: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ORDER_FIELDS);
    const inspectors = data.getAll('inspectors').filter((v): v is string => typeof v === 'string');
    const kind = text(data, 'kind') === 'extraordinary' ? 'extraordinary' : 'periodic';
    const reasons = ['plan', 'need', 'complaint', 'own_initiative'] as const;
    const reason = reasons.find((r) => r === text(data, 'reason')) ?? 'plan';
    const position = text(data, 'position') || null;
    const criteria = data.getAll('criteria').filter((v): v is string => typeof v === 'string');
    const whole = text(data, 'scope') !== 'criteria';
    const created = await actionApi(event, (problem, response) => {
      const formed = formProblem(problem, m.error_generic());
      // `inspectors.0.userId` and the like belong to the one group of checkboxes.
      for (const [name, message] of Object.entries(formed.fields))
        if (name.startsWith('inspectors')) formed.fields['inspectors'] ??= message;
        else if (name.startsWith('scopeCriteria')) formed.fields['scopeCriteria'] ??= message;
      return fail(response.status >= 500 ? 502 : 400, {
        values: { ...values, inspectors: inspectors.join(','), criteria: criteria.join(',') },
        problem: formed,
      } satisfies FormFailure);
    }).POST('/api/v1/tenants/{tenantId}/inspections', {
      params: { path: { tenantId: event.params.tenantId } },
      body: {
        contractId: text(data, 'contractId'),
        kind,
        reason,
        orderNumber: text(data, 'orderNumber'),
        orderDate: text(data, 'orderDate'),
        basis: text(data, 'basis') || null,
        place: text(data, 'place') || null,
        startsOn: text(data, 'startsOn'),
        endsOn: text(data, 'endsOn'),
        reportDueOn: text(data, 'reportDueOn') || null,
        inspectors: inspectors.map((userId) => ({ userId, position })),
        scopeCriteria: whole ? null : criteria,
      },
    });
    if (isRefusal(created)) return created;
    redirect(303, `/t/${event.params.tenantId}/inspections/${created.id}`);
  },
};
