import { error, fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { ROLES, type Role } from '#lib/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'members.read');
  const { data, response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/members', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  expectSession(event, response);
  if (!data) error(response.status === 404 ? 404 : 502, 'members');
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
    const { error: problem, response } = await event.locals.api.PATCH(
      '/api/v1/tenants/{tenantId}/members/{membershipId}',
      { params: { path: { tenantId: event.params.tenantId, membershipId } }, body: { role } },
    );
    expectSession(event, response);
    if (!response.ok) return refused(response, problem, { membershipId });
    return { membershipId, saved: true };
  },
};
