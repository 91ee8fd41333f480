import { inScope, sql, sqlOf, Tenant, type Orm, type Role } from '@mera/db';
import type { Translations } from '../../i18n/locale.ts';
import { sendOutbox } from '../notices/index.ts';
import type { Mailer } from '../../platform/mailer.ts';
import { addDays, bgDate, sofiaDate } from '@mera/calendar';
import type { StaffNorms } from '@mera/plugin-sdk';
import { computeDeadlines } from './deadlines.ts';
import { DUE_SOON_DAYS } from './rules.ts';
import { REMINDERS } from './notifications.ts';
import { deadlinesPage } from './web-entry.ts';
import { uuidv7 } from 'uuidv7';

/**
 * The daily reminders. For every provider, the due items of the last month and the next week are computed; each
 * person responsible for the quality system gets an in-app notification per item and reminder kind — `due_soon`
 * (within 7 days) and `overdue` (past due and not done) — and one e-mail listing the new ones.
 *
 * Exactly once: the notification's unique key (tenant, person, item, kind) makes a second run (or a run repeated
 * after a crash) insert nothing; the e-mail is sent from the notifications not yet e-mailed, and stamping
 * `emailed_at` happens in the same transaction that reads them, so a retried e-mail job sends only what is left.
 */

/** Who is reminded: the people who run the quality system. Everyone else sees the deadlines page. */
export const REMINDED_ROLES: Role[] = ['admin', 'quality_lead'];

/** How far back an overdue item is still reminded of (a job that did not run for a while catches up). */
export const OVERDUE_LOOKBACK_DAYS = 31;

export interface ReminderRun {
  today: string;
  tenants: number;
  created: number;
  /** Tenants with notifications still to e-mail. */
  toEmail: string[];
  /** Tenants whose reminders could not be made (their own data or a fault); the others were served all the same. */
  failed: { tenantId: string; error: unknown }[];
}

const JOB = { userId: null, requestId: 'job:deadline-reminders' };

export async function runDailyReminders(
  orm: Orm,
  enqueueEmail: (tenantId: string) => Promise<void>,
  now = new Date(),
  staffNorms: StaffNorms | null = null,
): Promise<ReminderRun> {
  const today = sofiaDate(now);
  const tenants = await inScope(orm, { tenantId: null, ...JOB }, (em) =>
    em.find(Tenant, { kind: 'provider' }, { fields: ['id'], orderBy: { id: 'asc' } }),
  );
  const run: ReminderRun = { today, tenants: tenants.length, created: 0, toEmail: [], failed: [] };
  for (const { id: tenantId } of tenants) {
    // Each tenant in its own transaction and its own try: one tenant's bad data (or a fault while serving it)
    // never stops the reminders of the others (issue 12.7). The caller logs and retries the failed ones.
    try {
      await remindTenant(orm, tenantId, today, enqueueEmail, run, staffNorms);
    } catch (error) {
      run.failed.push({ tenantId, error });
    }
  }
  return run;
}

/** One tenant's reminders: notifications for its due items, then its e-mail queued (in its own transaction). */
async function remindTenant(
  orm: Orm,
  tenantId: string,
  today: string,
  enqueueEmail: (tenantId: string) => Promise<void>,
  run: ReminderRun,
  staffNorms: StaffNorms | null,
): Promise<void> {
  const { created, pending } = await inScope(orm, { tenantId, ...JOB }, async (em) => {
    const items = await computeDeadlines(em, {
      tenantId,
      today,
      from: addDays(today, -OVERDUE_LOOKBACK_DAYS),
      to: addDays(today, DUE_SOON_DAYS),
      staffNorms,
    });
    const due = items.flatMap((item) =>
      item.status === 'due'
        ? [{ item, reminder: 'due_soon' }]
        : item.status === 'overdue' && item.tracked
          ? [{ item, reminder: 'overdue' }]
          : [],
    );
    const db = sqlOf(em);
    const people = await db
      .selectFrom('membership')
      .select('user_id')
      .where('tenant_id', '=', tenantId)
      .where('role', 'in', REMINDED_ROLES)
      .execute();
    let inserted = 0;
    for (const { user_id } of people)
      for (const { item, reminder } of due) {
        // The unique key (tenant, person, item, reminder) makes a repeated run insert nothing.
        const rows = await db
          .insertInto('notification')
          .values({
            tenant_id: tenantId,
            id: uuidv7(),
            user_id,
            item_key: item.key,
            reminder: reminder as 'due_soon' | 'overdue',
            kind: item.kind,
            title: item.title,
            due_on: item.dueOn,
            service_id: item.serviceId,
            target_type: item.target?.type ?? null,
            target_id: item.target?.id ?? null,
            created_at: sql<string>`now()`,
          })
          .onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'item_key', 'reminder']).doNothing())
          .returning('id')
          .execute();
        inserted += rows.length;
      }
    const outbox = await db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('event', 'is', null)
      .where('emailed_at', 'is', null)
      .executeTakeFirst();
    return { created: inserted, pending: Number(outbox?.n ?? 0) > 0 };
  });
  run.created += created;
  if (pending) {
    run.toEmail.push(tenantId);
    await enqueueEmail(tenantId);
  }
}

const SUBJECT: Translations = {
  bg: 'Мера: срокове по качеството',
  en: 'Mera: quality deadlines',
  uk: 'Mera: терміни з якості',
};
const HEADINGS: Record<'due_soon' | 'overdue', Translations> = {
  overdue: { bg: 'Просрочени:', en: 'Overdue:', uk: 'Прострочені:' },
  due_soon: { bg: 'До 7 дни:', en: 'Within 7 days:', uk: 'Протягом 7 днів:' },
};
const INTRO: Translations = {
  bg: 'Здравейте,\n\nнапомняне за сроковете в',
  en: 'Hello,\n\na reminder of the deadlines in',
  uk: 'Вітаємо!\n\nНагадування про терміни в',
};
const OUTRO: Translations = {
  bg: 'Всички срокове:',
  en: 'All deadlines:',
  uk: 'Усі терміни:',
};

/**
 * Sends the reminders of a tenant not yet e-mailed, one message per person, through the inbox's one outbox (the
 * notices module's `sendOutbox`: each person's rows locked, sent and stamped in their own transaction). If the SMTP
 * server refuses someone, their rows stay unstamped, the others are served all the same, and the error makes the job
 * retry; people already served are not e-mailed again.
 */
export async function sendReminderEmails(
  orm: Orm,
  mailer: Mailer,
  webUrl: string,
  tenantId: string,
): Promise<number> {
  const scope = { tenantId, requestId: 'job:deadline-emails' };
  const tenant = await inScope(orm, { ...scope, userId: null }, (em) =>
    em.findOne(Tenant, { id: tenantId }, { fields: ['legalName'] }),
  );
  const page = deadlinesPage(webUrl.replace(/\/$/, ''), tenantId);
  const run = await sendOutbox(orm, mailer, scope, REMINDERS, (rows, locale) => {
    const sections = (['overdue', 'due_soon'] as const)
      .map((reminder) => {
        const lines = rows
          .filter((row) => row.reminder === reminder)
          .map((row) => `- ${row.dueOn ? bgDate(row.dueOn) : ''} ${row.title[locale]}`);
        return lines.length ? `${HEADINGS[reminder][locale]}\n${lines.join('\n')}` : '';
      })
      .filter(Boolean);
    return {
      subject: SUBJECT[locale],
      text: `${INTRO[locale]} „${tenant?.legalName ?? ''}“.\n\n${sections.join('\n\n')}\n\n${OUTRO[locale]} ${page}\n`,
    };
  });
  const [failure, ...more] = run.failed;
  if (failure) throw more.length ? new AggregateError(run.failed.map((f) => f.error)) : failure.error;
  return run.sent;
}
