import type { JobSetup } from '../../platform/jobs.ts';
import { runDailyReminders, sendReminderEmails } from './reminders.ts';

export const DAILY_REMINDERS = 'deadline-reminders';
export const REMINDER_EMAILS = 'deadline-emails';
/** Every day at 06:30 in Sofia — the same hour in summer and winter time. */
export const DAILY_CRON = '30 6 * * *';

/** The deadlines' background work: the daily reminder run, and one e-mail job per tenant it finds something for. */
export const deadlineJobs: JobSetup = async (boss, app) => {
  await boss.createQueue(DAILY_REMINDERS, { retryLimit: 3, retryDelay: 300 });
  await boss.createQueue(REMINDER_EMAILS, { retryLimit: 8, retryDelay: 60, retryBackoff: true });
  await boss.schedule(DAILY_REMINDERS, DAILY_CRON, null, { tz: 'Europe/Sofia' });
  await boss.work(DAILY_REMINDERS, async () => {
    const run = await runDailyReminders(
      app.orm,
      async (tenantId) => {
        // One pending e-mail job per tenant at a time: a re-run while one waits adds nothing.
        await boss.send(REMINDER_EMAILS, { tenantId }, { singletonKey: tenantId });
      },
      new Date(),
      app.jurisdiction?.staffNorms,
    );
    const { failed, ...summary } = run;
    for (const { tenantId, error } of failed)
      app.log.error({ err: error, tenantId }, 'deadline reminders failed for a tenant');
    app.log.info({ ...summary, failed: failed.length }, 'deadline reminders');
    // Every other tenant has been served; failing the job makes pg-boss retry it (a repeated run adds nothing
    // for the tenants already served: notifications are unique per item and reminder).
    if (failed.length) throw new Error(`deadline reminders failed for ${failed.length} tenant(s)`);
    return summary;
  });
  await boss.work<{ tenantId: string }>(REMINDER_EMAILS, async (jobs) => {
    // One tenant's e-mail failing does not keep the others of the batch from being sent.
    const failures: unknown[] = [];
    for (const job of jobs)
      await sendReminderEmails(app.orm, app.mailer, app.config.PUBLIC_WEB_URL, job.data.tenantId).catch(
        (error: unknown) => {
          app.log.error({ err: error, tenantId: job.data.tenantId }, 'reminder e-mails failed for a tenant');
          failures.push(error);
        },
      );
    if (failures.length) throw new AggregateError(failures, 'reminder e-mails failed');
  });
};
