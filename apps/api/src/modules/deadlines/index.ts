// deadlines: due dates from the Ordinance's rules, reminders and notifications, the iCal feed.
export { default as deadlineRoutes } from './routes.ts';
export { deadlineJobs, DAILY_REMINDERS, REMINDER_EMAILS, DAILY_CRON } from './jobs.ts';
export { runDailyReminders, sendReminderEmails } from './reminders.ts';
export {
  FORWARD_DAYS,
  INSPECTION_INTERVAL_MONTHS,
  REPORT_DAYS,
  inspectionReportDue,
  nextPeriodicInspection,
} from './inspection-rules.ts';
// What the home page composes: the same computation, window and counts as the deadlines page.
export { computeDeadlines, windowOf } from './deadlines.ts';
export { deadlineSummary, isOverdue, type DeadlineSummary } from './summary.ts';
export type { DueItem } from './rules.ts';
export { DueItemSchema } from './schemas.ts';
