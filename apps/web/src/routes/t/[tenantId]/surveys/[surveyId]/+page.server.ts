import { redirect } from '@sveltejs/kit';
import { text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import { refused } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const NOTICES = ['opened', 'rotated', 'closed', 'reopened'] as const;

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'surveys.read');
  const { tenantId, surveyId } = event.params;
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/surveys/{surveyId}', {
    params: { path: { tenantId, surveyId } },
  });
  return {
    survey: data,
    notice: NOTICES.find((n) => n === event.url.searchParams.get('changed')) ?? null,
  };
};

async function change(event: RequestEvent, kind: 'rotated' | 'closed' | 'reopened') {
  const form = await event.request.formData();
  const version = Number(text(form, 'version'));
  const { tenantId, surveyId } = event.params;
  const params = { path: { tenantId, surveyId } };
  const { error: problem, response } =
    kind === 'rotated'
      ? await event.locals.api.POST('/api/v1/tenants/{tenantId}/surveys/{surveyId}/token-rotation', {
          params,
          body: { version },
        })
      : await event.locals.api.PATCH('/api/v1/tenants/{tenantId}/surveys/{surveyId}', {
          params,
          body: { version, status: kind === 'closed' ? 'closed' : 'open' },
        });
  expectSession(event, response);
  if (!response.ok) return refused(response, problem);
  redirect(303, `/t/${tenantId}/surveys/${surveyId}?changed=${kind}`);
}

export const actions: Actions = {
  rotate: (event) => change(event, 'rotated'),
  close: (event) => change(event, 'closed'),
  reopen: (event) => change(event, 'reopened'),
};
