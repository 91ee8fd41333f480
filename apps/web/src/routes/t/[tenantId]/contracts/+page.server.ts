import { error, fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'contracts.read');
  const path = { params: { path: { tenantId: event.params.tenantId } } };
  const [contracts, services] = await Promise.all([
    event.locals.api.GET('/api/v1/tenants/{tenantId}/contracts', path),
    membership.tenantKind === 'provider'
      ? event.locals.api.GET('/api/v1/tenants/{tenantId}/services', path)
      : Promise.resolve(null),
  ]);
  expectSession(event, contracts.response);
  if (!contracts.data) error(contracts.response.status === 404 ? 404 : 502, 'contracts');
  const ownServices = (services?.data ?? []).filter((service) => service.tenantId === event.params.tenantId);
  return { contracts: contracts.data, services: ownServices };
};

const PROPOSAL_FIELDS = ['providerEik', 'serviceDescription', 'basis', 'startsOn', 'endsOn'] as const;

export const actions: Actions = {
  propose: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, PROPOSAL_FIELDS);
    const {
      data: contract,
      error: problem,
      response,
    } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/contracts', {
      params: { path: { tenantId: event.params.tenantId } },
      body: {
        providerEik: text(data, 'providerEik'),
        serviceDescription: text(data, 'serviceDescription') || null,
        basis: text(data, 'basis'),
        startsOn: text(data, 'startsOn'),
        endsOn: text(data, 'endsOn'),
      },
    });
    expectSession(event, response);
    if (!contract) {
      return fail(response.status >= 500 ? 502 : 400, {
        values,
        problem: formProblem(problem, m.error_generic()),
      } satisfies FormFailure);
    }
    return { proposed: contract.providerName };
  },
  decide: async (event) => {
    const data = await event.request.formData();
    const contractId = text(data, 'contractId');
    const decision = text(data, 'decision');
    const serviceId = text(data, 'serviceId');
    if (decision !== 'accept' && decision !== 'decline' && decision !== 'end')
      return fail(400, { contractId, problem: formProblem(undefined, m.error_generic()) });
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/contracts/{contractId}/decision',
      {
        params: { path: { tenantId: event.params.tenantId, contractId } },
        body: { decision, ...(serviceId ? { serviceId } : {}) },
      },
    );
    expectSession(event, response);
    if (!response.ok)
      return fail(response.status, { contractId, problem: formProblem(problem, m.error_generic()) });
    return { decided: decision };
  },
};
