import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { migrationStatus, pingDatabase } from '@mera/db';
import { AppError, ProblemSchema } from '../shared/problem.ts';

const Alive = Type.Object({ status: Type.Literal('ok') }, { $id: 'Alive' });
const Ready = Type.Object(
  {
    status: Type.Literal('ready'),
    checks: Type.Object({ database: Type.Literal('ok'), migrations: Type.Literal('current') }),
  },
  { $id: 'Ready' },
);

/** Probes for orchestrators: alive (the process answers) and ready (database reachable, schema current). */
const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        summary: 'The process is alive',
        operationId: 'getHealth',
        response: { 200: Alive },
      },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );

  fastify.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: 'The database is reachable and every migration is applied',
        operationId: 'getReadiness',
        response: { 200: Ready, 503: ProblemSchema },
      },
      logLevel: 'warn',
    },
    async () => {
      const connection = await pingDatabase(fastify.orm);
      if (!connection.ok) throw new AppError(503, 'database_unavailable');
      const status = await migrationStatus(fastify.orm).catch(() => undefined);
      if (!status) throw new AppError(503, 'database_unavailable');
      if (status.pending.length > 0) throw new AppError(503, 'migrations_pending');
      if (!(await fastify.catalogueSync.ensure())) throw new AppError(503, 'catalogue_not_synced');
      return {
        status: 'ready' as const,
        checks: { database: 'ok' as const, migrations: 'current' as const },
      };
    },
  );
};

export default health;
