import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'contracts.read');
  const path = { params: { path: { tenantId: event.params.tenantId } } };
  const [contracts, services, invitations] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/contracts', path),
    membership.tenantKind === 'provider'
      ? event.locals.api.GET('/api/v1/tenants/{tenantId}/services', path)
      : Promise.resolve(null),
    membership.tenantKind === 'municipality'
      ? event.locals.api.GET('/api/v1/tenants/{tenantId}/provider-invitations', path)
      : Promise.resolve(null),
  ]);
  const ownServices = (services?.data ?? []).filter((service) => service.tenantId === event.params.tenantId);
  return { contracts: contracts, services: ownServices, invitations: invitations?.data ?? [] };
};

const PROPOSAL_FIELDS = [
  'providerEik',
  'providerEmail',
  'serviceDescription',
  'basis',
  'startsOn',
  'endsOn',
  'funding',
  'yearlyAmountEur',
] as const;

type Funding = 'state_delegated' | 'municipal' | 'mixed';
const funding = (value: string): Funding | null =>
  value === 'state_delegated' || value === 'municipal' || value === 'mixed' ? value : null;

/** Euro as people type it (`48 000,50`); undefined when it is not a number at all. */
function amount(value: string): number | null | undefined {
  const normalised = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!normalised) return null;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

export const actions: Actions = {
  propose: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, PROPOSAL_FIELDS);
    const yearlyAmountEur = amount(text(data, 'yearlyAmountEur'));
    if (yearlyAmountEur === undefined) {
      const fields: Record<string, string> = { yearlyAmountEur: m.contract_amount_invalid() };
      return fail(400, {
        values,
        problem: { title: m.error_generic(), code: 'validation_failed', fields },
      } satisfies FormFailure);
    }
    const fields = {
      providerEik: text(data, 'providerEik').replace(/[\s.]/g, ''),
      basis: text(data, 'basis'),
      startsOn: text(data, 'startsOn'),
      endsOn: text(data, 'endsOn'),
      funding: funding(text(data, 'funding')),
      yearlyAmountEur,
    };
    const email = text(data, 'providerEmail');
    const tenantId = event.params.tenantId;
    if (email) {
      // A provider not yet on Mera: the proposal waits as an invitation, and the provider gets a sign-up link.
      const invitation = await actionApi(event, (problem, response) => {
        const failure = formProblem(problem, m.error_generic());
        if (failure.fields['email']) failure.fields['providerEmail'] = failure.fields['email'];
        return fail(response.status >= 500 ? 502 : 400, { values, problem: failure } satisfies FormFailure);
      }).POST('/api/v1/tenants/{tenantId}/provider-invitations', {
        params: { path: { tenantId } },
        body: {
          ...fields,
          email,
          serviceDescription: text(data, 'serviceDescription'),
          locale: getLocale(),
        },
      });
      if (isRefusal(invitation)) return invitation;
      return { invited: invitation.email };
    }
    const contract = await actionApi(event, { values }).POST('/api/v1/tenants/{tenantId}/contracts', {
      params: { path: { tenantId } },
      body: { ...fields, serviceDescription: text(data, 'serviceDescription') || null },
    });
    if (isRefusal(contract)) return contract;
    return { proposed: contract.providerName };
  },
  invitation: async (event) => {
    const data = await event.request.formData();
    const invitationId = text(data, 'invitationId');
    const action = text(data, 'action');
    const version = Number(text(data, 'version'));
    if (action !== 'resend' && action !== 'cancel')
      return fail(400, { invitationId, problem: formProblem(undefined, m.error_generic()) });
    const path = { tenantId: event.params.tenantId, providerInvitationId: invitationId };
    const { error: problem, response } =
      action === 'resend'
        ? await event.locals.api.POST(
            '/api/v1/tenants/{tenantId}/provider-invitations/{providerInvitationId}/resend',
            { params: { path }, body: { version, locale: getLocale() } },
          )
        : await event.locals.api.POST(
            '/api/v1/tenants/{tenantId}/provider-invitations/{providerInvitationId}/cancel',
            { params: { path }, body: { version } },
          );
    expectSession(event, response);
    if (!response.ok) return refused(response, problem, { invitationId });
    return { invitationDone: action };
  },
  decide: async (event) => {
    const data = await event.request.formData();
    const contractId = text(data, 'contractId');
    const decision = text(data, 'decision');
    const serviceId = text(data, 'serviceId');
    if (decision !== 'accept' && decision !== 'decline' && decision !== 'end')
      return fail(400, { contractId, problem: formProblem(undefined, m.error_generic()) });
    const answer = await actionApi(event, { contractId }).POST(
      '/api/v1/tenants/{tenantId}/contracts/{contractId}/decision',
      {
        params: { path: { tenantId: event.params.tenantId, contractId } },
        body: { decision, ...(serviceId ? { serviceId } : {}) },
      },
    );
    if (isRefusal(answer)) return answer;
    return { decided: decision };
  },
};
