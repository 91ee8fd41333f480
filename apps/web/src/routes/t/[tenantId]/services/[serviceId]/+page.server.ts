import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text, type FormFailure } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { formFieldsOf, serviceBody } from '#lib/server/service-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'services.read');
  const [service, types] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/services/{serviceId}', {
      params: { path: { tenantId: event.params.tenantId, serviceId: event.params.serviceId } },
    }),
    event.locals.api.GET('/api/v1/catalogue/service-types'),
  ]);
  const changed = event.url.searchParams.get('changed');
  return {
    service: service,
    serviceTypes: types.data ?? [],
    notice: changed === 'created' ? ('created' as const) : null,
  };
};

export const actions: Actions = {
  save: async (event) => {
    const { tenantId, serviceId } = event.params;
    const data = await event.request.formData();
    const { body, values } = serviceBody(data);
    const version = Number(text(data, 'version')) || 1;
    const service = await actionApi(event, async (problem, response) => {
      const failure = formProblem(problem, m.error_generic());
      // Someone saved first: keep what this person typed, and let a second "save" knowingly replace theirs.
      let currentVersion = version;
      if (response.status === 409) {
        const current = await event.locals.api.GET('/api/v1/tenants/{tenantId}/services/{serviceId}', {
          params: { path: { tenantId, serviceId } },
        });
        currentVersion = current.data?.version ?? version;
      }
      return fail(response.status === 409 ? 409 : response.status >= 500 ? 502 : 400, {
        values,
        version: currentVersion,
        problem: { ...failure, fields: formFieldsOf(failure.fields) },
      } satisfies FormFailure & { version: number });
    }).PATCH('/api/v1/tenants/{tenantId}/services/{serviceId}', {
      params: { path: { tenantId, serviceId } },
      body: { ...body, version },
    });
    if (isRefusal(service)) return service;
    return { saved: true };
  },
  delete: async (event) => {
    const { tenantId, serviceId } = event.params;
    const answer = await actionApi(event).DELETE('/api/v1/tenants/{tenantId}/services/{serviceId}', {
      params: { path: { tenantId, serviceId } },
    });
    if (isRefusal(answer)) return answer;
    redirect(303, `/t/${tenantId}/services?changed=deleted`);
  },
};
