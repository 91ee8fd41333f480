import { sql, sqlOf, type Database, type EntityManager, type Selectable } from '@mera/db';
import { AppError } from '../../shared/problem.ts';

const COLUMNS = [
  'id',
  'item_key',
  'kind',
  'reminder',
  'title',
  'due_on',
  'service_id',
  'target_type',
  'target_id',
  'created_at',
  'read_at',
] as const;

function view(row: Pick<Selectable<Database['notification']>, (typeof COLUMNS)[number]>) {
  // Only reminders are read here (`event is null`): the database's check gives each a reminder and a due date, and
  // a due item's target is a programme or an inspection.
  return {
    id: row.id,
    itemKey: row.item_key,
    kind: row.kind,
    reminder: row.reminder ?? 'due_soon',
    title: row.title,
    dueOn: row.due_on ?? '',
    serviceId: row.service_id,
    target:
      row.target_type && row.target_id
        ? { type: row.target_type as 'programme' | 'inspection', id: row.target_id }
        : null,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

/**
 * The person's own reminders in this organisation, newest first, with the count of unread ones. Notices of what
 * others did share the table and are the notices module's (`event is not null`).
 */
export async function listNotifications(
  em: EntityManager,
  tenantId: string,
  userId: string,
  options: { unread?: boolean; limit?: number },
) {
  const db = sqlOf(em);
  let query = db
    .selectFrom('notification')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event', 'is', null);
  if (options.unread) query = query.where('read_at', 'is', null);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('due_on')
    .orderBy('id')
    .limit(options.limit ?? 50)
    .execute();
  const count = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event', 'is', null)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { unread: Number(count?.n ?? 0), items: rows.map(view) };
}

/** Marks one of the person's reminders read; someone else's is "not found", as if it did not exist. */
export async function markRead(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await sqlOf(em)
    .updateTable('notification')
    .set({ read_at: sql<string>`coalesce(read_at, now())` })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('event', 'is', null)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return view(row);
}

export async function markAllRead(em: EntityManager, tenantId: string, userId: string): Promise<number> {
  const rows = await sqlOf(em)
    .updateTable('notification')
    .set({ read_at: sql<string>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('event', 'is', null)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
