import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Service } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { withTenant } from '../../platform/auth.ts';
import type { TenantContext } from '../../shared/context.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
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

const security = [{ bearer: [] }];

/** One service as shown; the staff register feeds the staffing rules of the tenant's own services only. */
async function withFacts(ctx: TenantContext, service: Service) {
  const staff = await contributedFacts(ctx, service.tenantId === ctx.tenantId ? [service.id] : []);
  return serviceView(service, ctx.plugins.list, staff.get(service.id));
}

/** The services register (art. 15ff: what the provider delivers, where, for how many). */
const services: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ServiceSchema);

  app.get(
    '/tenants/:tenantId/services',
    {
      config: { auth: 'user', permission: 'services.read' },
      schema: {
        tags: ['services'],
        summary: 'Own services, and services commissioned under an active contract',
        operationId: 'listServices',
        security,
        params: TenantParams,
        response: { 200: Type.Array(ServiceSchema), ...problemResponses },
      },
    },
    // Row-level security returns the tenant's own services plus those it commissions under an active contract.
    async (request) =>
      withTenant(request, async (ctx) => {
        const services = await ctx.em.find(Service, {}, { orderBy: { name: 'asc' } });
        // The staff register feeds the staffing rules of the tenant's own services.
        const staff = await contributedFacts(
          ctx,
          services.filter((s) => s.tenantId === ctx.tenantId).map((s) => s.id),
        );
        return services.map((s) => serviceView(s, ctx.plugins.list, staff.get(s.id)));
      }),
  );

  app.get(
    '/tenants/:tenantId/services/:serviceId',
    {
      config: { auth: 'user', permission: 'services.read' },
      schema: {
        tags: ['services'],
        summary: 'One service',
        operationId: 'getService',
        security,
        params: ServiceParams,
        response: { 200: ServiceSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, async (ctx) => {
        const service = await ctx.em.findOne(Service, { id: request.params.serviceId });
        if (!service) throw new AppError(404, 'not_found');
        return withFacts(ctx, service);
      }),
  );

  app.post(
    '/tenants/:tenantId/services',
    {
      config: { auth: 'user', permission: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Register a service',
        operationId: 'createService',
        security,
        params: TenantParams,
        body: CreateServiceBody,
        response: { 201: ServiceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const service = await withTenant(request, (ctx) => createService(ctx, request.body));
      return reply.status(201).send(serviceView(service, app.servicePlugins));
    },
  );

  app.post(
    '/tenants/:tenantId/services/from-legacy-centre',
    {
      config: { auth: 'user', permission: 'services.manage' },
      schema: {
        tags: ['services'],
        summary:
          'Register an old centre type as the set of services whose standards apply to it (transitional provisions)',
        operationId: 'registerLegacyCentre',
        security,
        params: TenantParams,
        body: RegisterLegacyCentreBody,
        response: { 201: Type.Array(ServiceSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      const services = await withTenant(request, (ctx) => registerLegacyCentre(ctx, request.body));
      return reply.status(201).send(services.map((service) => serviceView(service, app.servicePlugins)));
    },
  );

  app.patch(
    '/tenants/:tenantId/services/:serviceId',
    {
      config: { auth: 'user', permission: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Change a service (send the version you read)',
        operationId: 'updateService',
        security,
        params: ServiceParams,
        body: UpdateServiceBody,
        response: { 200: ServiceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return withTenant(request, async (ctx) => {
        return withFacts(ctx, await updateService(ctx, request.params.serviceId, version, changes));
      });
    },
  );

  app.delete(
    '/tenants/:tenantId/services/:serviceId',
    {
      config: { auth: 'user', permission: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Remove a service',
        operationId: 'deleteService',
        security,
        params: ServiceParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await withTenant(request, (ctx) => deleteService(ctx, request.params.serviceId));
      return reply.status(204).send(null);
    },
  );
};

export default services;
