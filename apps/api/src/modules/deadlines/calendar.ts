import { inScope, type EntityManager, type Orm } from '@mera/db';
import type { Locale } from '../../i18n/locale.ts';
import { hashToken, newSecret } from '../identity/index.ts';
import { addDays, sofiaDate } from '@mera/calendar';
import { computeDeadlines } from './deadlines.ts';
import { calendar, type CalendarEvent } from './ical.ts';

/**
 * A person's iCal feed: one secret URL (the secret stored only as its SHA-256) that lists the deadlines of every
 * organisation the person belongs to. Rotating it makes the old URL stop working at once.
 */

export function feedUrl(webUrl: string, token: string): string {
  return `${webUrl.replace(/\/$/, '')}/calendar/${token}.ics`;
}

export async function feedStatus(em: EntityManager, userId: string) {
  const [row] = await em.execute<{ created_at: Date }[]>(
    `select created_at from calendar_feed where user_id = ?`,
    [userId],
  );
  return { exists: !!row, createdAt: row ? new Date(row.created_at).toISOString() : null };
}

/** Creates the feed's secret, or replaces it (the old URL stops working). The URL is shown only now. */
export async function rotateFeed(em: EntityManager, userId: string, webUrl: string) {
  const token = newSecret();
  const [row] = await em.execute<{ created_at: Date }[]>(
    `insert into calendar_feed (user_id, token_hash) values (?, ?)
     on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()
     returning created_at`,
    [userId, hashToken(token)],
  );
  return { url: feedUrl(webUrl, token), createdAt: new Date(row?.created_at ?? Date.now()).toISOString() };
}

export async function deleteFeed(em: EntityManager, userId: string): Promise<void> {
  await em.execute(`delete from calendar_feed where user_id = ?`, [userId]);
}

/** How far the feed reaches: a quarter back (recent overdue items) and a year ahead. */
const FEED_PAST_DAYS = 92;
const FEED_FUTURE_DAYS = 366;

/**
 * The feed's text for a token, or null when no feed has that secret. Each organisation's deadlines are read in
 * that organisation's own scope (row-level security), for the memberships the person holds now.
 */
export async function feedFor(
  orm: Orm,
  token: string,
  webUrl: string,
  now = new Date(),
): Promise<string | null> {
  const owner = await inScope(orm, { tenantId: null, userId: null }, async (em) => {
    const [row] = await em.execute<{ user_id: string; locale: Locale }[]>(
      `select f.user_id, u.locale from calendar_feed f join app_user u on u.id = f.user_id where f.token_hash = ?`,
      [hashToken(token)],
    );
    return row ?? null;
  });
  if (!owner) return null;
  const memberships = await inScope(orm, { tenantId: null, userId: owner.user_id }, (em) =>
    em.execute<{ tenant_id: string; legal_name: string }[]>(
      `select m.tenant_id, t.legal_name from membership m join tenant t on t.id = m.tenant_id
       where m.user_id = ? order by t.legal_name`,
      [owner.user_id],
    ),
  );
  const today = sofiaDate(now);
  const events: CalendarEvent[] = [];
  for (const m of memberships) {
    const items = await inScope(orm, { tenantId: m.tenant_id, userId: owner.user_id }, (em) =>
      computeDeadlines(em, {
        tenantId: m.tenant_id,
        today,
        from: addDays(today, -FEED_PAST_DAYS),
        to: addDays(today, FEED_FUTURE_DAYS),
      }),
    );
    for (const item of items) {
      if (item.status === 'done') continue;
      events.push({
        uid: `${item.key}@${m.tenant_id}.mera`,
        date: item.dueOn,
        summary: item.title[owner.locale],
        description: m.legal_name,
        url: `${webUrl.replace(/\/$/, '')}${item.link}`,
      });
    }
  }
  const name = { bg: 'Мера — срокове', en: 'Mera — deadlines', uk: 'Mera — терміни' }[owner.locale];
  return calendar(name, events, now);
}
