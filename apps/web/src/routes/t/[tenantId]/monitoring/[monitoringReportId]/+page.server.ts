import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'monitoring');
  const { data, response } = await event.locals.api.GET(
    '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}',
    { params: { path: path(event) } },
  );
  expectSession(event, response);
  if (!data) error(response.status === 404 ? 404 : 502, 'monitoring');
  return { report: data, notice: event.url.searchParams.get('done') };
};

const path = (event: { params: { tenantId: string; monitoringReportId: string } }) => ({
  tenantId: event.params.tenantId,
  monitoringReportId: event.params.monitoringReportId,
});
const back = (event: RequestEvent, done: string) =>
  redirect(303, `/t/${event.params.tenantId}/monitoring/${event.params.monitoringReportId}?done=${done}`);
const status = (response: Response) => (response.status >= 500 ? 502 : response.status === 409 ? 409 : 400);

export const actions: Actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const sections: Record<string, string> = {};
    for (const [name, value] of data.entries())
      if (name.startsWith('section.') && typeof value === 'string') sections[name.slice(8)] = value;
    const title = text(data, 'title');
    const {
      data: report,
      error: problem,
      response,
    } = await event.locals.api.PATCH('/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}', {
      params: { path: path(event) },
      body: { version: Number(text(data, 'version')), title, sections },
    });
    expectSession(event, response);
    if (!report)
      // What was typed comes back with the problem: nothing is lost, even on a conflict.
      return fail(status(response), {
        action: 'save',
        values: {
          title,
          ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [`section.${k}`, v])),
        },
        problem: formProblem(problem, m.error_generic()),
      });
    return back(event, 'saved');
  },
  reassemble: async (event) => {
    const data = await event.request.formData();
    const {
      data: report,
      error: problem,
      response,
    } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/reassembly',
      { params: { path: path(event) }, body: { version: Number(text(data, 'version')) } },
    );
    expectSession(event, response);
    if (!report)
      return fail(status(response), {
        action: 'reassemble',
        problem: formProblem(problem, m.error_generic()),
      });
    return back(event, 'reassembled');
  },
  approve: async (event) => {
    const data = await event.request.formData();
    const {
      data: report,
      error: problem,
      response,
    } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/monitoring-reports/{monitoringReportId}/approval',
      { params: { path: path(event) }, body: { version: Number(text(data, 'version')) } },
    );
    expectSession(event, response);
    if (!report)
      return fail(status(response), { action: 'approve', problem: formProblem(problem, m.error_generic()) });
    return back(event, 'approved');
  },
};
