import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { FieldErrorSchema, ProblemSchema } from '../shared/problem.ts';
import { API_VERSION } from '../version.ts';

/** OpenAPI 3.1 from the routes' own schemas: the document at /api/openapi.json, a browsable UI at /api/docs. */
export default fp(
  async (fastify) => {
    fastify.addSchema(FieldErrorSchema);
    fastify.addSchema(ProblemSchema);
    await fastify.register(swagger, {
      // Name shared schemas by their $id (`Problem`) rather than `def-0`, so the generated client reads well.
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) =>
          typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`,
      },
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Mera API',
          version: API_VERSION,
          description:
            'Quality management of social services under the Bulgarian Ordinance on the Quality of Social Services (2022).',
        },
        tags: [
          { name: 'system', description: 'Health, readiness and version' },
          { name: 'identity', description: 'Sign-up, login, sessions and the own profile' },
          { name: 'tenancy', description: 'Organisations, members, invitations and the audit trail' },
          { name: 'services', description: 'Social services a provider delivers' },
          {
            name: 'commissioning',
            description: 'Commissioning contracts between municipalities and providers',
          },
          { name: 'operator', description: 'Platform operation' },
          {
            name: 'catalogue',
            description: "The Ordinance's standards, criteria and indicators (service plugins)",
          },
        ],
        components: {
          securitySchemes: {
            bearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT (EdDSA), or the mera_access cookie',
            },
          },
        },
      },
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
