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
    app.log.info(run, 'deadline reminders');
    return run;
  });
  await boss.work<{ tenantId: string }>(REMINDER_EMAILS, async (jobs) => {
    for (const job of jobs)
      await sendReminderEmails(app.orm, app.mailer, app.config.PUBLIC_WEB_URL, job.data.tenantId);
  });
};
