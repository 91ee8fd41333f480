import fp from 'fastify-plugin';
import { PgBoss } from 'pg-boss';
import type { Config } from '../config.ts';
import { runDailyReminders, sendReminderEmails } from '../modules/deadlines/reminders.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The job queue once it has started (JOBS=on); null before, or with jobs off. */
    boss: PgBoss | null;
    /** Settles when the first attempt to start the jobs is over: true if they run. */
    jobsStarted: Promise<boolean>;
  }
}

export const DAILY_REMINDERS = 'deadline-reminders';
export const REMINDER_EMAILS = 'deadline-emails';
/** Every day at 06:30 in Sofia — the same hour in summer and winter time. */
export const DAILY_CRON = '30 6 * * *';

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
export default fp<{ config: Config }>(
  async (fastify, { config }) => {
    fastify.decorate('boss', null);
    fastify.decorate('jobsStarted', Promise.resolve(false));
    if (config.JOBS === 'off') return;

    let closed = false;
    let retry: NodeJS.Timeout | undefined;

    async function setUp(boss: PgBoss): Promise<void> {
      await boss.createQueue(DAILY_REMINDERS, { retryLimit: 3, retryDelay: 300 });
      await boss.createQueue(REMINDER_EMAILS, { retryLimit: 8, retryDelay: 60, retryBackoff: true });
      await boss.schedule(DAILY_REMINDERS, DAILY_CRON, null, { tz: 'Europe/Sofia' });
      await boss.work(DAILY_REMINDERS, async () => {
        const run = await runDailyReminders(fastify.orm, async (tenantId) => {
          // One pending e-mail job per tenant at a time: a re-run while one waits adds nothing.
          await boss.send(REMINDER_EMAILS, { tenantId }, { singletonKey: tenantId });
        });
        const { failed, ...summary } = run;
        for (const { tenantId, error } of failed)
          fastify.log.error({ err: error, tenantId }, 'deadline reminders failed for a tenant');
        fastify.log.info({ ...summary, failed: failed.length }, 'deadline reminders');
        // Every other tenant has been served; failing the job makes pg-boss retry it (a repeated run adds nothing
        // for the tenants already served: notifications are unique per item and reminder).
        if (failed.length) throw new Error(`deadline reminders failed for ${failed.length} tenant(s)`);
        return summary;
      });
      await boss.work<{ tenantId: string }>(REMINDER_EMAILS, async (jobs) => {
        // One tenant's e-mail failing does not keep the others of the batch from being sent.
        const failures: unknown[] = [];
        for (const job of jobs)
          await sendReminderEmails(
            fastify.orm,
            fastify.mailer,
            config.PUBLIC_WEB_URL,
            job.data.tenantId,
          ).catch((error: unknown) => {
            fastify.log.error(
              { err: error, tenantId: job.data.tenantId },
              'reminder e-mails failed for a tenant',
            );
            failures.push(error);
          });
        if (failures.length) throw new AggregateError(failures, 'reminder e-mails failed');
      });
    }

    async function attempt(): Promise<boolean> {
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
