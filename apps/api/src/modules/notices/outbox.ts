import { inScope, sql, sqlOf, type EntityManager, type Locale, type Orm } from '@mera/db';
import type { Mail, Mailer } from '../../platform/mailer.ts';
import type { InboxSource } from './inbox.ts';

/**
 * The e-mail outbox of the inbox: the entries of a source wanted by e-mail and not yet sent (`email and emailed_at is
 * null`), one message per person. The deadlines' reminders and the notices are sent this one way; each source only
 * writes its message.
 *
 * Exactly once: each person is served in their own transaction that locks their entries (`skip locked`: two
 * workers never send the same), sends, and stamps them. A person whose e-mail the SMTP server refuses keeps their
 * entries unstamped and is recorded; the others are served all the same, and the next run tries them again.
 */

/** A person's entries waiting to be e-mailed, locked for this transaction: what their message is written from. */
function pendingOf(
  em: EntityManager,
  tenantId: string,
  userId: string,
  source: Pick<InboxSource<unknown>, 'kind'>,
) {
  const query = sqlOf(em)
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .select([
      'n.id',
      'u.email as address',
      'u.locale',
      'n.kind',
      'n.reminder',
      'n.actor_name as actorName',
      'n.title',
      'n.due_on as dueOn',
    ])
    .where('n.tenant_id', '=', tenantId)
    .where('n.user_id', '=', userId)
    .where('n.event', source.kind === 'reminder' ? 'is' : 'is not', null)
    .where('n.email', '=', true)
    .where('n.emailed_at', 'is', null);
  // Reminders by due date, notices in the order they happened.
  return (
    source.kind === 'reminder'
      ? query.orderBy('n.due_on').orderBy('n.item_key')
      : query.orderBy('n.created_at').orderBy('n.id')
  )
    .forUpdate('n')
    .skipLocked()
    .execute();
}

/** The entries one message is written from (at least one), oldest or soonest due first, and the person's language. */
export type OutboxEntries = Awaited<ReturnType<typeof pendingOf>>;

export interface OutboxRun {
  sent: number;
  failed: { userId: string; error: unknown }[];
}

/** Sends a tenant's outbox of one source: one message per person, written by `write`. */
export async function sendOutbox(
  orm: Orm,
  mailer: Mailer,
  scope: { tenantId: string; requestId: string },
  source: Pick<InboxSource<unknown>, 'kind'>,
  write: (entries: OutboxEntries, locale: Locale) => Omit<Mail, 'to'>,
): Promise<OutboxRun> {
  const jobScope = { ...scope, userId: null };
  const people = await inScope(orm, jobScope, (em) =>
    sqlOf(em)
      .selectFrom('notification')
      .select('user_id')
      .distinct()
      .where('tenant_id', '=', scope.tenantId)
      .where('event', source.kind === 'reminder' ? 'is' : 'is not', null)
      .where('email', '=', true)
      .where('emailed_at', 'is', null)
      .execute(),
  );
  const run: OutboxRun = { sent: 0, failed: [] };
  for (const { user_id: userId } of people) {
    try {
      run.sent += await inScope(orm, jobScope, async (em) => {
        const rows = await pendingOf(em, scope.tenantId, userId, source);
        const first = rows[0];
        if (!first) return 0;
        await mailer.send({ to: first.address, ...write(rows, first.locale) });
        await sqlOf(em)
          .updateTable('notification')
          .set({ emailed_at: sql<string>`now()` })
          .where('tenant_id', '=', scope.tenantId)
          .where(
            'id',
            'in',
            rows.map((row) => row.id),
          )
          .execute();
        return rows.length;
      });
    } catch (error) {
      run.failed.push({ userId, error });
    }
  }
  return run;
}
