import {
  NOTICE_EVENTS,
  sql,
  sqlOf,
  type Database,
  type EntityManager,
  type NoticeEvent,
  type Selectable,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';

const COLUMNS = [
  'id',
  'event',
  'kind',
  'actor_name',
  'title',
  'service_id',
  'target_type',
  'target_id',
  'created_at',
  'read_at',
] as const;

function view(row: Pick<Selectable<Database['notification']>, (typeof COLUMNS)[number]>) {
  return {
    id: row.id,
    // Only notices are read here (`event is not null`); reminders are the deadlines module's.
    event: row.event ?? 'comment_written',
    outcome: row.kind,
    actorName: row.actor_name ?? '',
    subject: row.title.bg,
    serviceId: row.service_id,
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

export type NoticeView = ReturnType<typeof view>;

/** The person's own notices in this organisation, newest first, and how many are unread (the header's bell). */
export async function listNotices(
  em: EntityManager,
  tenantId: string,
  userId: string,
  options: { unread?: boolean | undefined; limit?: number | undefined },
) {
  const db = sqlOf(em);
  const mine = db
    .selectFrom('notification')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event', 'is not', null);
  let query = mine.select(COLUMNS);
  if (options.unread) query = query.where('read_at', 'is', null);
  const [rows, count] = await Promise.all([
    query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 50)
      .execute(),
    mine
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('read_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return { unread: Number(count?.n ?? 0), items: rows.map(view) };
}

/** Marks one of the person's notices read; someone else's is "not found", as if it did not exist. */
export async function markNoticeRead(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await sqlOf(em)
    .updateTable('notification')
    .set({ read_at: sql<string>`coalesce(read_at, now())` })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('event', 'is not', null)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return view(row);
}

export async function markAllNoticesRead(em: EntityManager, tenantId: string, userId: string) {
  const rows = await sqlOf(em)
    .updateTable('notification')
    .set({ read_at: sql<string>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event', 'is not', null)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

export interface NoticeChoice {
  event: NoticeEvent;
  inApp: boolean;
  email: boolean;
}

/** The person's choice for every kind in this organisation: in the app and by e-mail unless turned off. */
export async function noticePreferences(
  em: EntityManager,
  tenantId: string,
  userId: string,
): Promise<NoticeChoice[]> {
  const rows = await sqlOf(em)
    .selectFrom('notice_preference')
    .select(['event', 'in_app', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .execute();
  return NOTICE_EVENTS.map((event) => {
    const row = rows.find((r) => r.event === event);
    return { event, inApp: row?.in_app ?? true, email: row?.email ?? true };
  });
}

/** Saves the kinds given (the others keep their choice) and answers every kind's choice. */
export async function saveNoticePreferences(
  em: EntityManager,
  tenantId: string,
  userId: string,
  choices: NoticeChoice[],
): Promise<NoticeChoice[]> {
  const events = choices.map((c) => c.event);
  const twice = events.findIndex((event, i) => events.indexOf(event) !== i);
  if (twice >= 0)
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: `body.choices.${twice}.event`, rule: 'unique' }],
    });
  if (choices.length)
    await sqlOf(em)
      .insertInto('notice_preference')
      .values(
        choices.map((c) => ({
          tenant_id: tenantId,
          user_id: userId,
          event: c.event,
          in_app: c.inApp,
          email: c.email,
          updated_at: sql<string>`now()`,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'user_id', 'event']).doUpdateSet((eb) => ({
          in_app: eb.ref('excluded.in_app'),
          email: eb.ref('excluded.email'),
          updated_at: sql<string>`now()`,
        })),
      )
      .execute();
  return noticePreferences(em, tenantId, userId);
}
