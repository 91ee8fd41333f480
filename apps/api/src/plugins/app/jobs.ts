import fp from 'fastify-plugin';
import { PgBoss } from 'pg-boss';
import type { Config } from '../../config.ts';
import { runDailyReminders, sendReminderEmails } from '../../modules/deadlines/reminders.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The job queue, when background jobs are on (JOBS=on). */
    boss: PgBoss | null;
  }
}

export const DAILY_REMINDERS = 'deadline-reminders';
export const REMINDER_EMAILS = 'deadline-emails';
/** Every day at 06:30 in Sofia — the same hour in summer and winter time. */
export const DAILY_CRON = '30 6 * * *';

/**
 * Background jobs on PostgreSQL (pg-boss; docs/decisions/051-pg-boss.md). Jobs live in the `pgboss` schema, made by
 * a migration, so a queued reminder or e-mail survives a restart and is taken up by whichever API instance is
 * running. The daily schedule is kept in the database too: several instances run it once.
 *
 * Start-up only checks the schema's version and registers the queues; the boss stops (waiting briefly for a job
 * in progress) when the app closes, before the database pool does.
 */
export default fp<{ config: Config }>(
  async (fastify, { config }) => {
    fastify.decorate('boss', null);
    if (config.JOBS === 'off') return;
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
    await boss.start();
    fastify.boss = boss;
    fastify.addHook('onClose', async () => {
      await boss.stop({ graceful: true, timeout: 5000 });
    });

    await boss.createQueue(DAILY_REMINDERS, { retryLimit: 3, retryDelay: 300 });
    await boss.createQueue(REMINDER_EMAILS, { retryLimit: 8, retryDelay: 60, retryBackoff: true });
    await boss.schedule(DAILY_REMINDERS, DAILY_CRON, null, { tz: 'Europe/Sofia' });

    await boss.work(DAILY_REMINDERS, async () => {
      const run = await runDailyReminders(fastify.orm, async (tenantId) => {
        // One pending e-mail job per tenant at a time: a re-run while one waits adds nothing.
        await boss.send(REMINDER_EMAILS, { tenantId }, { singletonKey: tenantId });
      });
      fastify.log.info(run, 'deadline reminders');
      return run;
    });
    await boss.work<{ tenantId: string }>(REMINDER_EMAILS, async (jobs) => {
      for (const job of jobs)
        await sendReminderEmails(fastify.orm, fastify.mailer, config.PUBLIC_WEB_URL, job.data.tenantId);
    });
  },
  { name: 'jobs', dependencies: ['database', 'auth'] },
);
