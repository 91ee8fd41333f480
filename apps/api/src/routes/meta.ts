import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../shared/problem.ts';
import { API_VERSION } from '../version.ts';

const Meta = Type.Object(
  {
    name: Type.String(),
    version: Type.String(),
    environment: Type.String(),
  },
  { $id: 'Meta' },
);

const meta: FastifyPluginAsyncTypebox<{ environment: string }> = async (fastify, options) => {
  fastify.get(
    '/meta',
    {
      schema: {
        tags: ['system'],
        summary: "The API's name, version and environment",
        operationId: 'getMeta',
        response: { 200: Meta, ...problemResponses },
      },
    },
    async () => ({ name: 'Mera', version: API_VERSION, environment: options.environment }),
  );
};

export default meta;
