import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';

type Target = { kind: 'report' | 'programme'; tenantId: string; id: string };

/** The municipality's comments on a received report or programme (its own, or those on the provider's own). */
export async function loadComments(event: RequestEvent, target: Target) {
  const response =
    target.kind === 'report'
      ? await event.locals.api.GET('/api/v1/tenants/{tenantId}/reports/{reportId}/comments', {
          params: { path: { tenantId: target.tenantId, reportId: target.id } },
        })
      : await event.locals.api.GET('/api/v1/tenants/{tenantId}/programmes/{programmeId}/comments', {
          params: { path: { tenantId: target.tenantId, programmeId: target.id } },
        });
  expectSession(event, response.response);
  return response.data ?? [];
}

/** The `comment` form action: what was typed comes back with the problem, so nothing is lost. */
export async function commentAction(event: RequestEvent, target: Target) {
  const data = await event.request.formData();
  const body = { text: text(data, 'comment') };
  const { error: problem, response } =
    target.kind === 'report'
      ? await event.locals.api.POST('/api/v1/tenants/{tenantId}/reports/{reportId}/comments', {
          params: { path: { tenantId: target.tenantId, reportId: target.id } },
          body,
        })
      : await event.locals.api.POST('/api/v1/tenants/{tenantId}/programmes/{programmeId}/comments', {
          params: { path: { tenantId: target.tenantId, programmeId: target.id } },
          body,
        });
  expectSession(event, response);
  if (!response.ok) {
    const failure = formProblem(problem, m.error_generic());
    if (failure.fields['text']) failure.fields['comment'] = failure.fields['text'];
    const values: Record<string, string> = { comment: String(data.get('comment') ?? '') };
    return fail(response.status >= 500 ? 502 : response.status, {
      action: 'comment' as const,
      values,
      problem: failure,
    });
  }
  return { action: 'comment' as const, commented: true };
}
