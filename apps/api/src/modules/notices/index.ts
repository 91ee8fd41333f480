// notices: what others did, told to the people concerned — in the app (the bell) and by e-mail, as each chooses.
// Modules tell of what they did through `publishNotice` (a typed event); this module knows none of them.
export { default as noticeRoutes } from './routes.ts';
export { noticeJobs, NOTICE_EMAILS, NOTICE_CRON } from './jobs.ts';
export { publishNotice, RECIPIENT_ROLES, type Notice } from './publish.ts';
export { sendNoticeEmails, type NoticeEmailRun } from './emails.ts';
// The one inbox over `notification`: the deadlines' reminders are listed and marked read through it.
export { inboxSource, listInbox, markAllInboxRead, markInboxRead, type InboxEntry } from './inbox.ts';
export { InboxQuery, inboxSchemas, MarkedSchema } from './schemas.ts';
export { sendOutbox, type OutboxEntries } from './outbox.ts';
