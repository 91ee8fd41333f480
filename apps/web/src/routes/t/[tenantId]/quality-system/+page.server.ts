import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'reports.read');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/quality-system', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  return { system: data, saved: event.url.searchParams.has('saved') };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const texts: Record<string, string> = {};
    for (const [name, value] of data.entries())
      if (name.startsWith('text.') && typeof value === 'string') texts[name.slice(5)] = value;
    const {
      data: saved,
      error: problem,
      response,
    } = await event.locals.api.PUT('/api/v1/tenants/{tenantId}/quality-system', {
      params: { path: { tenantId: event.params.tenantId } },
      body: { version: Number(text(data, 'version')), texts },
    });
    expectSession(event, response);
    if (!saved)
      // What was typed comes back with the problem (a conflict included): nothing is lost.
      return fail(response.status >= 500 ? 502 : response.status === 409 ? 409 : 400, {
        values: Object.fromEntries(Object.entries(texts).map(([k, v]) => [`text.${k}`, v])),
        problem: formProblem(problem, m.error_generic()),
      });
    redirect(303, `/t/${event.params.tenantId}/quality-system?saved`);
  },
};
