import { NOTICE_EVENTS, sql, sqlOf, type NoticeEvent } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { inboxSource } from './inbox.ts';

type Person = Pick<TenantContext, 'em' | 'tenantId' | 'userId'>;

/** The notices of what others did, in the person's inbox (`event is not null`); reminders are the deadlines'. */
export const NOTICES = inboxSource({
  kind: 'notice',
  view: (row) => ({
    id: row.id,
    event: row.event ?? 'comment_written',
    outcome: row.kind,
    actorName: row.actor_name ?? '',
    subject: row.title.bg,
    serviceId: row.service_id,
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  }),
});

export interface NoticeChoice {
  event: NoticeEvent;
  inApp: boolean;
  email: boolean;
}

/** The person's choice for every kind in this organisation: in the app and by e-mail unless turned off. */
export async function noticePreferences({ em, tenantId, userId }: Person): Promise<NoticeChoice[]> {
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
export async function saveNoticePreferences(ctx: Person, choices: NoticeChoice[]): Promise<NoticeChoice[]> {
  const { em, tenantId, userId } = ctx;
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
  return noticePreferences(ctx);
}
