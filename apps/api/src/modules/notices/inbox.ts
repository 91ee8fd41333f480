import { sql, sqlOf, type Database, type Selectable } from '@mera/db';
import type { ExpressionBuilder } from 'kysely';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';

/**
 * A person's inbox in one organisation: the rows of `notification` addressed to them. Two sources share the table —
 * the deadlines' reminders of due items (no `event`) and the notices of what others did (an `event`) — and each has
 * its own list in the app; this is the one query behind both, the source deciding which rows and how each is shown.
 */
export const INBOX_COLUMNS = [
  'id',
  'event',
  'item_key',
  'kind',
  'reminder',
  'actor_name',
  'title',
  'due_on',
  'service_id',
  'target_type',
  'target_id',
  'created_at',
  'read_at',
] as const;

/** A row of the inbox as the query reads it (typed from the entity). */
export type InboxEntry = Pick<Selectable<Database['notification']>, (typeof INBOX_COLUMNS)[number]>;

export interface InboxSource<V> {
  /** Reminders of due items (the deadlines module's) or notices of what others did (this module's). */
  kind: 'reminder' | 'notice';
  /** How the API shows one. */
  view: (row: InboxEntry) => V;
}

/** Defines a source of the inbox (for its view's type to be inferred). */
export const inboxSource = <V>(source: InboxSource<V>) => source;

type Person = Pick<TenantContext, 'em' | 'tenantId' | 'userId'>;

/** The person's own entries of the source: where every read and update of the inbox starts. */
const owned =
  (ctx: Person, source: InboxSource<unknown>) => (eb: ExpressionBuilder<Database, 'notification'>) =>
    eb.and([
      eb('tenant_id', '=', ctx.tenantId),
      eb('user_id', '=', ctx.userId),
      eb('event', source.kind === 'reminder' ? 'is' : 'is not', null),
    ]);

/** The person's own entries of a source, newest first, and how many of them are unread. */
export async function listInbox<V>(
  ctx: Person,
  source: InboxSource<V>,
  options: { unread?: boolean | undefined; limit?: number | undefined },
) {
  const db = sqlOf(ctx.em);
  const own = db.selectFrom('notification').where(owned(ctx, source));
  let query = own.select(INBOX_COLUMNS);
  if (options.unread) query = query.where('read_at', 'is', null);
  // Of the same moment: reminders by due date, notices newest first.
  query =
    source.kind === 'reminder'
      ? query.orderBy('created_at', 'desc').orderBy('due_on').orderBy('id')
      : query.orderBy('created_at', 'desc').orderBy('id', 'desc');
  const rows = await query.limit(options.limit ?? 50).execute();
  const count = await own
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { unread: Number(count?.n ?? 0), items: rows.map(source.view) };
}

/** Marks one of the person's entries read; someone else's is "not found", as if it did not exist. */
export async function markInboxRead<V>(ctx: Person, source: InboxSource<V>, id: string): Promise<V> {
  const row = await sqlOf(ctx.em)
    .updateTable('notification')
    .set({ read_at: sql<string>`coalesce(read_at, now())` })
    .where(owned(ctx, source))
    .where('id', '=', id)
    .returning(INBOX_COLUMNS)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return source.view(row);
}

/** Marks all the person's unread entries of the source read; answers how many. */
export async function markAllInboxRead(ctx: Person, source: InboxSource<unknown>): Promise<number> {
  const rows = await sqlOf(ctx.em)
    .updateTable('notification')
    .set({ read_at: sql<string>`now()` })
    .where(owned(ctx, source))
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
