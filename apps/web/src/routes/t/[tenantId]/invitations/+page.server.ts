import { getLocale } from '#lib/paraglide/runtime.js';
import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { ROLES, type Role } from '#lib/types.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'invitations.manage');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/invitations', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  const now = Date.now();
  return {
    pending: data.filter(
      (invitation) =>
        !invitation.acceptedAt && !invitation.revokedAt && Date.parse(invitation.expiresAt) > now,
    ),
  };
};

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const actions: Actions = {
  invite: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['email', 'role']);
    const role = text(data, 'role');
    const invitation = await actionApi(event, { values }).POST('/api/v1/tenants/{tenantId}/invitations', {
      params: { path: { tenantId: event.params.tenantId } },
      // The e-mail goes out in the inviter's language: the person invited has not chosen one yet.
      body: { email: text(data, 'email'), role: isRole(role) ? role : 'viewer', locale: getLocale() },
    });
    if (isRefusal(invitation)) return invitation;
    return { invited: invitation.email };
  },
  withdraw: async (event) => {
    const data = await event.request.formData();
    const answer = await actionApi(event).DELETE('/api/v1/tenants/{tenantId}/invitations/{invitationId}', {
      params: { path: { tenantId: event.params.tenantId, invitationId: text(data, 'invitationId') } },
    });
    if (isRefusal(answer)) return answer;
    return { withdrawn: true };
  },
};
