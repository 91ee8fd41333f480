import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ServiceFacts } from '@mera/plugin-sdk';
import { Service } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
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
      inTenant(request, async (em, scope) => {
        const services = await em.find(Service, {}, { orderBy: { name: 'asc' } });
        // The staff register feeds the staffing rules of the tenant's own services.
        const staff = await contributedFacts(
          em,
          scope.tenantId,
          services.filter((s) => s.tenantId === scope.tenantId).map((s) => s.id),
        );
        return services.map((s) => serviceView(s, app, staff.get(s.id)));
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
      inTenant(request, async (em, scope) => {
        const service = await em.findOne(Service, { id: request.params.serviceId });
        if (!service) throw new AppError(404, 'not_found');
        const staff =
          service.tenantId === scope.tenantId
            ? await contributedFacts(em, scope.tenantId, [service.id])
            : new Map<string, Partial<ServiceFacts>>();
        return serviceView(service, app, staff.get(service.id));
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
      const service = await inTenant(request, (em, scope) =>
        createService(em, app, scope.tenantId, request.body),
      );
      return reply.status(201).send(serviceView(service, app));
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
      const services = await inTenant(request, (em, scope) =>
        registerLegacyCentre(em, app, scope.tenantId, request.body),
      );
      return reply.status(201).send(services.map((service) => serviceView(service, app)));
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
      return inTenant(request, async (em, scope) => {
        const service = await updateService(
          em,
          app,
          scope.tenantId,
          request.params.serviceId,
          version,
          changes,
        );
        const staff = await contributedFacts(em, scope.tenantId, [service.id]);
        return serviceView(service, app, staff.get(service.id));
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
      await inTenant(request, (em, scope) => deleteService(em, scope.tenantId, request.params.serviceId));
      return reply.status(204).send(null);
    },
  );
};

export default services;
