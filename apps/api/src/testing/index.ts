// What other packages' tests use to run the real API: a harness on a fresh database with an SMTP sink.
export { createHarness, logIn, nextEik, PASSWORD, signUpAndLogIn, type Harness } from './harness.ts';
export { startMailSink, type CapturedMail, type MailSink } from '@mera/devstack/mail-sink';
// The daily reminder job and its e-mail, for tests that trigger them directly instead of waiting for the schedule.
export { runDailyReminders, sendReminderEmails } from '../modules/deadlines/index.ts';
// The demo `npm start` seeds, for the browser test that visits every page as each demo person.
export { seedDemoIfEmpty, type DemoCredential } from '../demo/seed.ts';
