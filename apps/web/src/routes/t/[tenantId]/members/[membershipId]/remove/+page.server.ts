import { error, redirect } from '@sveltejs/kit';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal } from '#lib/server/call.ts';
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
    const answer = await actionApi(event).DELETE('/api/v1/tenants/{tenantId}/members/{membershipId}', {
      params: { path: { tenantId, membershipId } },
    });
    if (isRefusal(answer)) return answer;
    redirect(303, `/t/${tenantId}/members?changed=removed`);
  },
};
