import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Service } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { tenantRoutes } from '../../platform/tenant-routes.ts';
import type { TenantContext } from '../../shared/context.ts';
import { contributedFacts } from './facts.ts';
import {
  createService,
  deleteService,
  registerLegacyCentre,
  serviceView,
  updateService,
} from './services.ts';
import {
  ServiceSchema,
  ServiceParams,
  CreateServiceBody,
  RegisterLegacyCentreBody,
  UpdateServiceBody,
} from './schemas.ts';

/** One service as shown; the staff register feeds the staffing rules of the tenant's own services only. */
async function withFacts(ctx: TenantContext, service: Service) {
  const staff = await contributedFacts(ctx, service.tenantId === ctx.tenantId ? [service.id] : []);
  return serviceView(service, ctx.plugins.list, staff.get(service.id));
}

/** The services register (art. 15ff: what the provider delivers, where, for how many). */
const services: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ServiceSchema);
  const routes = tenantRoutes(app, ['services']);

  routes.get(
    '/tenants/:tenantId/services',
    {
      permission: 'services.read',
      summary: 'Own services, and services commissioned under an active contract',
      operationId: 'listServices',
      ok: Type.Array(ServiceSchema),
    },
    // Row-level security returns the tenant's own services plus those it commissions under an active contract.
    async (ctx) => {
      const services = await ctx.em.find(Service, {}, { orderBy: { name: 'asc' } });
      // The staff register feeds the staffing rules of the tenant's own services.
      const staff = await contributedFacts(
        ctx,
        services.filter((s) => s.tenantId === ctx.tenantId).map((s) => s.id),
      );
      return services.map((s) => serviceView(s, ctx.plugins.list, staff.get(s.id)));
    },
  );

  routes.get(
    '/tenants/:tenantId/services/:serviceId',
    {
      permission: 'services.read',
      summary: 'One service',
      operationId: 'getService',
      params: ServiceParams,
      ok: ServiceSchema,
    },
    async (ctx, { params }) => {
      const service = await ctx.em.findOne(Service, { id: params.serviceId });
      if (!service) throw new AppError(404, 'not_found');
      return withFacts(ctx, service);
    },
  );

  routes.post(
    '/tenants/:tenantId/services',
    {
      permission: 'services.manage',
      summary: 'Register a service',
      operationId: 'createService',
      body: CreateServiceBody,
      created: ServiceSchema,
    },
    async (ctx, { body }) => serviceView(await createService(ctx, body), ctx.plugins.list),
  );

  routes.post(
    '/tenants/:tenantId/services/from-legacy-centre',
    {
      permission: 'services.manage',
      summary:
        'Register an old centre type as the set of services whose standards apply to it (transitional provisions)',
      operationId: 'registerLegacyCentre',
      body: RegisterLegacyCentreBody,
      created: Type.Array(ServiceSchema),
    },
    async (ctx, { body }) =>
      (await registerLegacyCentre(ctx, body)).map((service) => serviceView(service, ctx.plugins.list)),
  );

  routes.patch(
    '/tenants/:tenantId/services/:serviceId',
    {
      permission: 'services.manage',
      summary: 'Change a service (send the version you read)',
      operationId: 'updateService',
      params: ServiceParams,
      body: UpdateServiceBody,
      ok: ServiceSchema,
    },
    async (ctx, { params, body: { version, ...changes } }) =>
      withFacts(ctx, await updateService(ctx, params.serviceId, version, changes)),
  );

  routes.delete(
    '/tenants/:tenantId/services/:serviceId',
    {
      permission: 'services.manage',
      summary: 'Remove a service',
      operationId: 'deleteService',
      params: ServiceParams,
      noContent: true,
    },
    (ctx, { params }) => deleteService(ctx, params.serviceId),
  );
};

export default services;
