import type { JobSetup } from '../../platform/jobs.ts';
import { sendNoticeEmails } from './emails.ts';

export const NOTICE_EMAILS = 'notice-emails';
/** Every minute: a notice reaches the inbox within a minute or two, and no request waits for the SMTP server. */
export const NOTICE_CRON = '* * * * *';

/** The notices' background work: the e-mail outbox, swept every minute (decision 051: pg-boss on PostgreSQL). */
export const noticeJobs: JobSetup = async (boss, app) => {
  await boss.createQueue(NOTICE_EMAILS, { retryLimit: 0 });
  await boss.schedule(NOTICE_EMAILS, NOTICE_CRON, null, { tz: 'Europe/Sofia' });
  await boss.work(NOTICE_EMAILS, async () => {
    const run = await sendNoticeEmails(app.orm, app.mailer, app.config.PUBLIC_WEB_URL);
    // A refused address does not fail the run: the others were served, and the next minute tries it again.
    for (const { tenantId, userId, error } of run.failed)
      app.log.error({ err: error, tenantId, userId }, 'a notice e-mail was not sent');
    if (run.sent || run.failed.length)
      app.log.info({ sent: run.sent, failed: run.failed.length }, 'notice e-mails');
    return { sent: run.sent, failed: run.failed.length };
  });
};
