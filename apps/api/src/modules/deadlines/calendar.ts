import { CalendarFeed, inScope, sql, sqlOf, type EntityManager, type Orm } from '@mera/db';
import { hashToken, newSecret } from '../identity/index.ts';
import { addDays, sofiaDate } from '@mera/calendar';
import type { StaffNorms } from '@mera/plugin-sdk';
import { computeDeadlines } from './deadlines.ts';
import { calendar, type CalendarEvent } from './ical.ts';
import { deadlinesPage } from './web-entry.ts';

/**
 * A person's iCal feed: one secret URL (the secret stored only as its SHA-256) that lists the deadlines of every
 * organisation the person belongs to. Rotating it makes the old URL stop working at once.
 */

export function feedUrl(webUrl: string, token: string): string {
  return `${webUrl.replace(/\/$/, '')}/calendar/${token}.ics`;
}

export async function feedStatus(em: EntityManager, userId: string) {
  const row = await em.findOne(CalendarFeed, { userId });
  return { exists: !!row, createdAt: row ? row.createdAt.toISOString() : null };
}

/** Creates the feed's secret, or replaces it (the old URL stops working). The URL is shown only now. */
export async function rotateFeed(em: EntityManager, userId: string, webUrl: string) {
  const token = newSecret();
  const row = await sqlOf(em)
    .insertInto('calendar_feed')
    .values({ user_id: userId, token_hash: hashToken(token), created_at: sql<string>`now()` })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ token_hash: (eb) => eb.ref('excluded.token_hash'), created_at: sql<string>`now()` }),
    )
    .returning('created_at')
    .executeTakeFirst();
  return { url: feedUrl(webUrl, token), createdAt: new Date(row?.created_at ?? Date.now()).toISOString() };
}

export async function deleteFeed(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(CalendarFeed, { userId });
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
  staffNorms: StaffNorms | null = null,
): Promise<string | null> {
  const owner = await inScope(orm, { tenantId: null, userId: null }, async (em) => {
    return sqlOf(em)
      .selectFrom('calendar_feed as f')
      .innerJoin('app_user as u', 'u.id', 'f.user_id')
      .select(['f.user_id', 'u.locale'])
      .where('f.token_hash', '=', hashToken(token))
      .executeTakeFirst();
  });
  if (!owner) return null;
  const memberships = await inScope(orm, { tenantId: null, userId: owner.user_id }, (em) =>
    sqlOf(em)
      .selectFrom('membership as m')
      .innerJoin('tenant as t', 't.id', 'm.tenant_id')
      .select(['m.tenant_id', 't.legal_name'])
      .where('m.user_id', '=', owner.user_id)
      .orderBy('t.legal_name')
      .execute(),
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
        staffNorms,
      }),
    );
    for (const item of items) {
      if (item.status === 'done') continue;
      events.push({
        uid: `${item.key}@${m.tenant_id}.mera`,
        date: item.dueOn,
        summary: item.title[owner.locale],
        description: m.legal_name,
        url: deadlinesPage(webUrl, m.tenant_id),
      });
    }
  }
  const name = { bg: 'Мера — срокове', en: 'Mera — deadlines', uk: 'Mera — терміни' }[owner.locale];
  return calendar(name, events, now);
}
