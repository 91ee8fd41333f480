import type { EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { Translations } from '../../i18n/locale.ts';

interface NotificationRow {
  id: string;
  item_key: string;
  kind: string;
  reminder: 'due_soon' | 'overdue';
  title: Translations;
  due_on: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

function view(row: NotificationRow) {
  return {
    id: row.id,
    itemKey: row.item_key,
    kind: row.kind,
    reminder: row.reminder,
    title: row.title,
    dueOn: row.due_on,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

const COLUMNS = `id, item_key, kind, reminder, title, due_on::text as due_on, link, created_at, read_at`;

/** The person's own reminders in this organisation, newest first, with the count of unread ones. */
export async function listNotifications(
  em: EntityManager,
  tenantId: string,
  userId: string,
  options: { unread?: boolean; limit?: number },
) {
  const rows = await em.execute<NotificationRow[]>(
    `select ${COLUMNS} from notification
     where tenant_id = ? and user_id = ? ${options.unread ? 'and read_at is null' : ''}
     order by created_at desc, due_on, id limit ?`,
    [tenantId, userId, options.limit ?? 50],
  );
  const [count] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from notification where tenant_id = ? and user_id = ? and read_at is null`,
    [tenantId, userId],
  );
  return { unread: count?.n ?? 0, items: rows.map(view) };
}

/** Marks one of the person's reminders read; someone else's is "not found", as if it did not exist. */
export async function markRead(em: EntityManager, tenantId: string, userId: string, id: string) {
  const [row] = await em.execute<NotificationRow[]>(
    `update notification set read_at = coalesce(read_at, now())
     where tenant_id = ? and user_id = ? and id = ? returning ${COLUMNS}`,
    [tenantId, userId, id],
  );
  if (!row) throw new AppError(404, 'not_found');
  return view(row);
}

export async function markAllRead(em: EntityManager, tenantId: string, userId: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `update notification set read_at = now() where tenant_id = ? and user_id = ? and read_at is null returning id`,
    [tenantId, userId],
  );
  return rows.length;
}
