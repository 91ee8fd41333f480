import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { ROLES, type Role } from '#lib/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'members.read');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/members', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  const changed = event.url.searchParams.get('changed');
  return {
    members: data,
    notice: changed === 'removed' ? ('removed' as const) : null,
  };
};

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const actions: Actions = {
  role: async (event) => {
    const data = await event.request.formData();
    const membershipId = text(data, 'membershipId');
    const role = text(data, 'role');
    if (!isRole(role)) return fail(400, { membershipId, problem: formProblem(undefined, m.error_generic()) });
    const answer = await actionApi(event, { membershipId }).PATCH(
      '/api/v1/tenants/{tenantId}/members/{membershipId}',
      { params: { path: { tenantId: event.params.tenantId, membershipId } }, body: { role } },
    );
    if (isRefusal(answer)) return answer;
    return { membershipId, saved: true };
  },
};
