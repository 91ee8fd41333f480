import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import { formFieldsOf, serviceBody } from '#lib/server/service-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'services.manage');
  const { data } = await event.locals.api.GET('/api/v1/catalogue/service-types');
  return { serviceTypes: data ?? [] };
};

export const actions: Actions = {
  save: async (event) => {
    const { body, values } = serviceBody(await event.request.formData());
    const {
      data: service,
      error: problem,
      response,
    } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/services', {
      params: { path: { tenantId: event.params.tenantId } },
      body,
    });
    expectSession(event, response);
    if (!service) {
      const failure = formProblem(problem, m.error_generic());
      return fail(response.status >= 500 ? 502 : 400, {
        values,
        problem: { ...failure, fields: formFieldsOf(failure.fields) },
      } satisfies FormFailure);
    }
    redirect(303, `/t/${event.params.tenantId}/services/${service.id}?changed=created`);
  },
};
