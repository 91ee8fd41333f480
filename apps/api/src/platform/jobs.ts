import fp from 'fastify-plugin';
import type { PgBoss } from 'pg-boss';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The job queue once it has started (JOBS=on); null before, or with jobs off. */
    boss: PgBoss | null;
    /** Settles when the first attempt to start the jobs is over: true if they run. */
    jobsStarted: Promise<boolean>;
  }
}

/**
 * A module's background work: creates its queues, schedules and workers on the started boss. Modules hand theirs to
 * `app.ts`, which passes them here, so the platform names no module.
 */
export type JobSetup = (boss: PgBoss, app: FastifyInstance) => Promise<void>;

/** How long to wait before trying again when the jobs could not start (database down, migrations pending). */
const RETRY_MS = 60_000;

/**
 * Background jobs on PostgreSQL (pg-boss; docs/decisions/051-pg-boss.md). Jobs live in the `pgboss` schema, made by
 * a migration, so a queued reminder or e-mail survives a restart and is taken up by whichever API instance is
 * running. The daily schedule is kept in the database too: several instances run it once.
 *
 * The jobs start in the background once the app is ready, so start-up stays fast and an API whose database is down
 * or not yet migrated still starts and answers `/readyz` (503); they try again every minute until they run. The boss
 * stops (waiting briefly for a job in progress) when the app closes, before the database pool does.
 */
export default fp<{ config: Config; jobs: readonly JobSetup[] }>(
  async (fastify, options) => {
    const { config } = options;
    fastify.decorate('boss', null);
    fastify.decorate('jobsStarted', Promise.resolve(false));
    if (config.JOBS === 'off') return;

    let closed = false;
    let retry: NodeJS.Timeout | undefined;

    async function setUp(boss: PgBoss): Promise<void> {
      for (const setUpJobs of options.jobs) await setUpJobs(boss, fastify);
    }

    async function attempt(): Promise<boolean> {
      // Loaded only when jobs run (issue 15: an API started with JOBS=off does not carry pg-boss in memory).
      const { PgBoss } = await import('pg-boss');
      const boss = new PgBoss({
        connectionString: config.DATABASE_URL,
        schema: 'pgboss',
        application_name: 'mera-jobs',
        max: 2,
        // The schema is the migrations' business: the application role may use it, not change it.
        migrate: false,
        createSchema: false,
      });
      boss.on('error', (err) => fastify.log.error({ err }, 'background jobs: pg-boss error'));
      try {
        await boss.start();
        await setUp(boss);
        if (closed) {
          await boss.stop({ graceful: false });
          return false;
        }
        fastify.boss = boss;
        return true;
      } catch (err) {
        await boss.stop({ graceful: false }).catch(() => undefined);
        if (!closed) {
          fastify.log.warn({ err }, 'background jobs did not start; trying again in a minute');
          retry = setTimeout(() => void attempt(), RETRY_MS);
          retry.unref();
        }
        return false;
      }
    }

    fastify.addHook('onReady', async () => {
      fastify.jobsStarted = attempt();
    });
    fastify.addHook('onClose', async () => {
      closed = true;
      clearTimeout(retry);
      await fastify.jobsStarted;
      await fastify.boss?.stop({ graceful: true, timeout: 5000 });
    });
  },
  { name: 'jobs', dependencies: ['database', 'auth'] },
);
