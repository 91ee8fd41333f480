import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { count, MEETING_FIELDS, meetingBody } from '#lib/server/meetings.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'meetings.manage');
  const { tenantId, meetingId } = event.params;
  const [meeting, services] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/meetings/{meetingId}', {
      params: { path: { tenantId, meetingId } },
    }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: { path: { tenantId } } }),
  ]);
  return {
    meeting: meeting,
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
  };
};

export const actions: Actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const { tenantId, meetingId } = event.params;
    const { error: problem, response } = await event.locals.api.PATCH(
      '/api/v1/tenants/{tenantId}/meetings/{meetingId}',
      {
        params: { path: { tenantId, meetingId } },
        body: { version: count(text(data, 'version')), ...meetingBody(data) },
      },
    );
    expectSession(event, response);
    // A colleague's earlier save: keep what this person typed; the page shows the current version, so saving again
    // is a deliberate choice.
    if (!response.ok) return refused(response, problem, { values: keptValues(data, MEETING_FIELDS) });
    return { saved: true };
  },

  addRecommendation: async (event) => {
    const data = await event.request.formData();
    const { tenantId, meetingId } = event.params;
    const answer = await actionApi(event, { recommendation: text(data, 'text') }).POST(
      '/api/v1/tenants/{tenantId}/meetings/{meetingId}/recommendations',
      { params: { path: { tenantId, meetingId } }, body: { text: text(data, 'text') } },
    );
    if (isRefusal(answer)) return answer;
    return { added: true };
  },

  deleteRecommendation: async (event) => {
    const data = await event.request.formData();
    const { tenantId, meetingId } = event.params;
    const recommendationId = text(data, 'recommendationId');
    const answer = await actionApi(event, { recommendationId }).DELETE(
      '/api/v1/tenants/{tenantId}/meetings/{meetingId}/recommendations/{recommendationId}',
      { params: { path: { tenantId, meetingId, recommendationId } } },
    );
    if (isRefusal(answer)) return answer;
    return { removed: true };
  },

  delete: async (event) => {
    const { tenantId, meetingId } = event.params;
    const { error: problem, response } = await event.locals.api.DELETE(
      '/api/v1/tenants/{tenantId}/meetings/{meetingId}',
      { params: { path: { tenantId, meetingId } } },
    );
    expectSession(event, response);
    if (!response.ok)
      return fail(response.status, { deleteProblem: formProblem(problem, m.error_generic()) });
    redirect(303, `/t/${tenantId}/meetings?changed=deleted`);
  },
};
