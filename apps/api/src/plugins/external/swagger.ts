import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { FieldErrorSchema, ProblemSchema } from '../../errors/problem.ts';
import { API_VERSION } from '../../version.ts';

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
        tags: [{ name: 'system', description: 'Health, readiness and version' }],
      },
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
