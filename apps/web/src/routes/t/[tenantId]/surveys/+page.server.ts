import { redirect } from '@sveltejs/kit';
import { keptValues, text } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'surveys.read');
  const tenantId = event.params.tenantId;
  const path = { path: { tenantId } };
  const [surveys, services] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/surveys', { params: path }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: path }),
  ]);
  const own = (services.data ?? []).filter((s) => s.tenantId === tenantId);
  // The templates each service's plugin offers (only for those who may open a survey).
  const templates = membership.permissions.includes('surveys.manage')
    ? await Promise.all(
        own.map(async (service) => {
          const { data } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/surveys/templates', {
            params: { path: { tenantId }, query: { serviceId: service.id } },
          });
          return { serviceId: service.id, templates: data ?? [] };
        }),
      )
    : [];
  return { surveys: surveys, services: own, templates };
};

export const actions: Actions = {
  open: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['serviceId', 'templateKey']);
    const { tenantId } = event.params;
    const survey = await actionApi(event, { values }).POST('/api/v1/tenants/{tenantId}/surveys', {
      params: { path: { tenantId } },
      body: { serviceId: text(data, 'serviceId'), templateKey: text(data, 'templateKey') },
    });
    if (isRefusal(survey)) return survey;
    redirect(303, `/t/${tenantId}/surveys/${survey.id}?changed=opened`);
  },
};
