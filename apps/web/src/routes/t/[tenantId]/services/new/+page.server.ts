import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { formFieldsOf, serviceBody } from '#lib/server/service-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'services.manage');
  const [types, legacy] = await Promise.all([
    event.locals.api.GET('/api/v1/catalogue/service-types'),
    event.locals.api.GET('/api/v1/catalogue/legacy-centres'),
  ]);
  return {
    serviceTypes: types.data ?? [],
    legacyCentres: legacy.data ?? [],
    onboarding: event.url.searchParams.get('from') === 'onboarding',
  };
};

/** Back to the home page's first steps, where the next one waits. */
const onboardingHome = (tenantId: string) => `/t/${tenantId}#home-onboarding`;

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const { body, values } = serviceBody(form);
    const service = await actionApi(event, (problem, response) => {
      const failure = formProblem(problem, m.error_generic());
      return fail(response.status >= 500 ? 502 : 400, {
        values,
        problem: { ...failure, fields: formFieldsOf(failure.fields) },
      } satisfies FormFailure);
    }).POST('/api/v1/tenants/{tenantId}/services', {
      params: { path: { tenantId: event.params.tenantId } },
      body,
    });
    if (isRefusal(service)) return service;
    if (form.get('onboarding')) redirect(303, onboardingHome(event.params.tenantId));
    redirect(303, `/t/${event.params.tenantId}/services/${service.id}?changed=created`);
  },
  legacy: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['legacyCentreType', 'legacyName', 'legacyMunicipality']);
    const include = data.getAll('include').filter((value): value is string => typeof value === 'string');
    const services = await actionApi(event, (problem, response) => {
      const failure = formProblem(problem, m.error_generic());
      // The form's fields are prefixed: the API's `name` is the form's `legacyName`.
      const fields: Record<string, string> = {};
      for (const [name, message] of Object.entries(failure.fields))
        fields[name === 'name' ? 'legacyName' : name === 'municipality' ? 'legacyMunicipality' : name] =
          message;
      return fail(response.status >= 500 ? 502 : 400, {
        legacy: true,
        values,
        problem: { ...failure, fields },
      } satisfies FormFailure & { legacy: true });
    }).POST('/api/v1/tenants/{tenantId}/services/from-legacy-centre', {
      params: { path: { tenantId: event.params.tenantId } },
      body: {
        legacyCentreType: text(data, 'legacyCentreType'),
        name: text(data, 'legacyName'),
        include,
        municipality: text(data, 'legacyMunicipality') || null,
      },
    });
    if (isRefusal(services)) return services;
    if (data.get('onboarding')) redirect(303, onboardingHome(event.params.tenantId));
    redirect(303, `/t/${event.params.tenantId}/services?changed=registered&count=${services.length}`);
  },
};
