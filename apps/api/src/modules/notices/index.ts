// notices: what others did, told to the people concerned — in the app (the bell) and by e-mail, as each chooses.
// Modules tell of what they did through `publishNotice` (a typed event); this module knows none of them.
export { default as noticeRoutes } from './routes.ts';
export { noticeJobs, NOTICE_EMAILS, NOTICE_CRON } from './jobs.ts';
export { publishNotice, RECIPIENT_ROLES, type Notice } from './publish.ts';
export { sendNoticeEmails, type NoticeEmailRun } from './emails.ts';
