import { text } from '#lib/forms.ts';
import { requireMembership } from '#lib/server/guard.ts';
import { actionApi, isRefusal, loadApi } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

/** The person's notices of what others did, newest first; each links to what it is about. */
export const load: PageServerLoad = async (event) => {
  requireMembership(event, event.params.tenantId);
  const { tenantId } = event.params;
  const notices = await loadApi(event).GET('/api/v1/tenants/{tenantId}/notices', {
    params: { path: { tenantId }, query: { limit: 100 } },
  });
  return { tenantId, notices: notices };
};

export const actions: Actions = {
  read: async (event) => {
    const data = await event.request.formData();
    const { tenantId } = event.params;
    const noticeId = text(data, 'noticeId');
    const answer = await actionApi(event).POST('/api/v1/tenants/{tenantId}/notices/{noticeId}/read', {
      params: { path: { tenantId, noticeId } },
    });
    if (isRefusal(answer)) return answer;
    return { read: noticeId };
  },

  readAll: async (event) => {
    const { tenantId } = event.params;
    const answer = await actionApi(event).POST('/api/v1/tenants/{tenantId}/notices/read', {
      params: { path: { tenantId } },
    });
    if (isRefusal(answer)) return answer;
    return { readAll: true };
  },
};
