import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Service } from '@mera/db';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { ruleResultFields } from '../catalogue/routes.ts';
import { staffFactsOf } from '../staff/staff.ts';
import {
  createService,
  deleteService,
  registerLegacyCentre,
  serviceView,
  updateService,
} from './services.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const Financing = Type.Union(
  [Type.Literal('state_delegated'), Type.Literal('municipal'), Type.Literal('own')],
  {
    default: 'state_delegated',
  },
);
const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
const Count = Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]);

const ServiceFields = {
  name: Type.String({ minLength: 2, maxLength: 300, default: 'Център за обществена подкрепа' }),
  pluginCode: Type.String({ minLength: 1, maxLength: 40, default: 'ik' }),
  variantKey: Type.String({ minLength: 1, maxLength: 60, default: 'specialised' }),
  legacyCentreType: Type.Optional(NullableText(80)),
  address: Type.Optional(NullableText(500)),
  municipality: Type.Optional(NullableText(200)),
  capacity: Type.Optional(Count),
  currentUsers: Type.Optional(Count),
  financing: Type.Optional(Type.Union([Financing, Type.Null()])),
  startedOn: Type.Optional(Type.Union([DateOnly({ default: '2024-01-01' }), Type.Null()])),
};

export const ServiceSchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    name: Type.String(),
    pluginCode: Type.String(),
    variantKey: Type.String(),
    legacyCentreType: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Union([Type.String(), Type.Null()]),
    capacity: Type.Union([Type.Integer(), Type.Null()]),
    currentUsers: Type.Union([Type.Integer(), Type.Null()]),
    financing: Type.Union([Financing, Type.Null()]),
    startedOn: Type.Union([DateOnly(), Type.Null()]),
    version: Type.Integer({ description: 'Send it back when saving: a stale version is refused with 409.' }),
    rules: Type.Array(Type.Object(ruleResultFields), {
      description: "The plugin's rules evaluated on this service's facts (capacity, users, staffing)",
    }),
  },
  { $id: 'Service' },
);

const ServiceParams = Type.Object({ tenantId: Uuid, serviceId: Uuid });
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
        const staff = await staffFactsOf(
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
            ? await staffFactsOf(em, scope.tenantId, [service.id])
            : new Map<string, Record<string, number>>();
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
        body: Type.Object(ServiceFields, { additionalProperties: false }),
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
        body: Type.Object(
          {
            legacyCentreType: Type.String({ minLength: 1, maxLength: 60, default: 'bg-2022-p1-11' }),
            name: ServiceFields.name,
            include: Type.Optional(
              Type.Array(Type.String({ maxLength: 100 }), {
                maxItems: 10,
                description:
                  'Conditional standards that apply (`plugin/variant`), e.g. `behaviour-support/add-on`',
              }),
            ),
            address: ServiceFields.address,
            municipality: ServiceFields.municipality,
            financing: ServiceFields.financing,
            startedOn: ServiceFields.startedOn,
          },
          { additionalProperties: false },
        ),
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
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, default: 1 }),
            name: Type.Optional(ServiceFields.name),
            pluginCode: Type.Optional(ServiceFields.pluginCode),
            variantKey: Type.Optional(ServiceFields.variantKey),
            legacyCentreType: ServiceFields.legacyCentreType,
            address: ServiceFields.address,
            municipality: ServiceFields.municipality,
            capacity: ServiceFields.capacity,
            currentUsers: ServiceFields.currentUsers,
            financing: ServiceFields.financing,
            startedOn: ServiceFields.startedOn,
          },
          { additionalProperties: false },
        ),
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
        const staff = await staffFactsOf(em, scope.tenantId, [service.id]);
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
