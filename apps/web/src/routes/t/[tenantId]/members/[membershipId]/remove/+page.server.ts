import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

/** Removing someone is confirmed on a page of its own: it works without JavaScript and cannot be a misclick. */
export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'members.manage');
  const { data, response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/members', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  expectSession(event, response);
  const member = data?.find((candidate) => candidate.id === event.params.membershipId);
  if (!member) error(404, 'member');
  return { member };
};

export const actions: Actions = {
  default: async (event) => {
    const { tenantId, membershipId } = event.params;
    const { error: problem, response } = await event.locals.api.DELETE(
      '/api/v1/tenants/{tenantId}/members/{membershipId}',
      { params: { path: { tenantId, membershipId } } },
    );
    expectSession(event, response);
    if (!response.ok) return fail(response.status, { problem: formProblem(problem, m.error_generic()) });
    redirect(303, `/t/${tenantId}/members?changed=removed`);
  },
};
