import { inScope, type Orm, type Role } from '@mera/db';
import { uuidv7 } from 'uuidv7';
import type { Locale, Translations } from '../../i18n/locale.ts';
import type { Mailer } from '../identity/mailer.ts';
import { addDays, bgDate, sofiaDate } from '@mera/calendar';
import { computeDeadlines } from './deadlines.ts';
import { DUE_SOON_DAYS } from './rules.ts';

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
): Promise<ReminderRun> {
  const today = sofiaDate(now);
  const tenants = await inScope(orm, { tenantId: null, ...JOB }, (em) =>
    em.execute<{ id: string }[]>(`select id from tenant where kind = 'provider' order by id`),
  );
  const run: ReminderRun = { today, tenants: tenants.length, created: 0, toEmail: [], failed: [] };
  for (const { id: tenantId } of tenants) {
    // Each tenant in its own transaction and its own try: one tenant's bad data (or a fault while serving it)
    // never stops the reminders of the others (issue 12.7). The caller logs and retries the failed ones.
    try {
      await remindTenant(orm, tenantId, today, enqueueEmail, run);
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
): Promise<void> {
  const { created, pending } = await inScope(orm, { tenantId, ...JOB }, async (em) => {
    const items = await computeDeadlines(em, {
      tenantId,
      today,
      from: addDays(today, -OVERDUE_LOOKBACK_DAYS),
      to: addDays(today, DUE_SOON_DAYS),
    });
    const due = items.flatMap((item) =>
      item.status === 'due'
        ? [{ item, reminder: 'due_soon' }]
        : item.status === 'overdue' && item.tracked
          ? [{ item, reminder: 'overdue' }]
          : [],
    );
    const people = await em.execute<{ user_id: string }[]>(
      `select user_id from membership where tenant_id = ?
       and role in (select jsonb_array_elements_text(?::jsonb))`,
      [tenantId, JSON.stringify(REMINDED_ROLES)],
    );
    let inserted = 0;
    for (const { user_id } of people)
      for (const { item, reminder } of due) {
        const rows = await em.execute<{ id: string }[]>(
          `insert into notification (tenant_id, id, user_id, item_key, reminder, kind, title, due_on, link)
           values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
           on conflict (tenant_id, user_id, item_key, reminder) do nothing returning id`,
          [
            tenantId,
            uuidv7(),
            user_id,
            item.key,
            reminder,
            item.kind,
            JSON.stringify(item.title),
            item.dueOn,
            item.link,
          ],
        );
        inserted += rows.length;
      }
    const [outbox] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from notification where tenant_id = ? and emailed_at is null`,
      [tenantId],
    );
    return { created: inserted, pending: (outbox?.n ?? 0) > 0 };
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

interface OutboxRow {
  id: string;
  user_id: string;
  email: string;
  locale: Locale;
  reminder: 'due_soon' | 'overdue';
  title: Translations;
  due_on: string;
  link: string;
}

/**
 * Sends the notifications of a tenant not yet e-mailed: one message per person, each in its own transaction that
 * locks that person's rows, sends, and stamps them. If the SMTP server refuses, that person's rows stay unstamped
 * and the error makes the job retry; people already served are not e-mailed again.
 */
export async function sendReminderEmails(
  orm: Orm,
  mailer: Mailer,
  webUrl: string,
  tenantId: string,
): Promise<number> {
  const scope = { tenantId, userId: null, requestId: 'job:deadline-emails' };
  const people = await inScope(orm, scope, (em) =>
    em.execute<{ user_id: string }[]>(
      `select distinct user_id from notification where tenant_id = ? and emailed_at is null`,
      [tenantId],
    ),
  );
  const base = webUrl.replace(/\/$/, '');
  let sent = 0;
  for (const { user_id } of people) {
    sent += await inScope(orm, scope, async (em) => {
      const rows = await em.execute<OutboxRow[]>(
        `select n.id, n.user_id, u.email, u.locale, n.reminder, n.title, n.due_on::text as due_on, n.link
         from notification n join app_user u on u.id = n.user_id
         where n.tenant_id = ? and n.user_id = ? and n.emailed_at is null
         order by n.due_on, n.item_key
         for update of n skip locked`,
        [tenantId, user_id],
      );
      const first = rows[0];
      if (!first) return 0;
      const [tenant] = await em.execute<{ legal_name: string }[]>(
        `select legal_name from tenant where id = ?`,
        [tenantId],
      );
      const locale = first.locale;
      const sections = (['overdue', 'due_soon'] as const)
        .map((reminder) => {
          const lines = rows
            .filter((row) => row.reminder === reminder)
            .map((row) => `- ${bgDate(row.due_on)} ${row.title[locale]}\n  ${base}${row.link}`);
          return lines.length ? `${HEADINGS[reminder][locale]}\n${lines.join('\n')}` : '';
        })
        .filter(Boolean);
      await mailer.send({
        to: first.email,
        subject: SUBJECT[locale],
        text: `${INTRO[locale]} „${tenant?.legal_name ?? ''}“.\n\n${sections.join('\n\n')}\n\n${OUTRO[locale]} ${base}/t/${tenantId}/deadlines\n`,
      });
      await em.execute(
        `update notification set emailed_at = now()
         where tenant_id = ? and id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [tenantId, JSON.stringify(rows.map((row) => row.id))],
      );
      return rows.length;
    });
  }
  return sent;
}
