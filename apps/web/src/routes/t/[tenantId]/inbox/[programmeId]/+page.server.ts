import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { commentAction, loadComments } from '#lib/server/comments.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/received-programmes/{programmeId}', {
    params: { path: { tenantId: event.params.tenantId, programmeId: event.params.programmeId } },
  });
  const comments = await loadComments(event, target(event));
  return { programme: data, comments };
};

const target = (event: RequestEvent) => ({
  kind: 'programme' as const,
  tenantId: event.params.tenantId,
  id: event.params.programmeId,
});

export const actions: Actions = {
  comment: (event) => commentAction(event, target(event)),
  decide: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['note']);
    const decision = text(data, 'decision') === 'request_changes' ? 'request_changes' : 'agree';
    const programme = await actionApi(event, { values }).POST(
      '/api/v1/tenants/{tenantId}/received-programmes/{programmeId}/decision',
      {
        params: { path: { tenantId: event.params.tenantId, programmeId: event.params.programmeId } },
        body: { decision, note: text(data, 'note') || null, version: Number(text(data, 'version')) || 1 },
      },
    );
    if (isRefusal(programme)) return programme;
    return { decided: programme.status };
  },
};
