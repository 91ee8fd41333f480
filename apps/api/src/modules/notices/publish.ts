import {
  sql,
  sqlOf,
  switchTenant,
  type EntityManager,
  type NoticeEvent,
  type NoticeTargetType,
  type Role,
} from '@mera/db';
import { uuidv7 } from 'uuidv7';
import { legalNameOf } from '../../shared/sql.ts';

/**
 * What a module says happened, for the people of another organisation to hear of (issue 14). The module that acted
 * names the kind, who hears of it, the record and what it is called; this module decides who among that
 * organisation's people, honours their choices, and leaves the e-mail to the background job — so a slow SMTP server
 * never slows the request that acted.
 */
export interface Notice {
  event: NoticeEvent;
  /** The organisation whose people hear of it: the provider or the commissioning municipality. */
  recipientTenantId: string;
  /** The record it concerns; the web app decides where it links. */
  target: { type: NoticeTargetType; id: string };
  /**
   * What the record is called, as people know it (a service's name, a report's title). Empty: the name of
   * `serviceId`, read in the recipient's scope (a municipality may not read a provider's service before a contract).
   */
  subject: string;
  serviceId?: string | null;
  /** A finer kind, when the event has several outcomes (a programme agreed or sent back); else the event. */
  outcome?: string;
}

/**
 * Who hears of each kind. A provider's people who run the quality system (the Ordinance's art. 16–20 put them in
 * charge of the programme, the reports and the answers to an inspection); a municipality's admins and inspectors,
 * who read what providers submit (art. 25(1)).
 */
export const RECIPIENT_ROLES: Record<NoticeEvent, readonly Role[]> = {
  contract_proposed: ['admin'],
  inspection_ordered: ['admin', 'quality_lead'],
  inspection_signed: ['admin', 'quality_lead'],
  report_received: ['admin', 'inspector'],
  programme_received: ['admin', 'inspector'],
  programme_decided: ['admin', 'quality_lead'],
  comment_written: ['admin', 'quality_lead'],
};

/**
 * Records the notice for each person of the recipient organisation in the acting request's own transaction: if the
 * action is rolled back, nobody hears of it. The transaction moves to the recipient's tenant for the insert (so
 * row-level security and the audit trail see the recipient's rows) and back. Returns how many people were told.
 */
export async function publishNotice(
  em: EntityManager,
  actor: { tenantId: string; userId: string },
  notice: Notice,
): Promise<number> {
  // A notice is about another organisation's work: an organisation does not notify itself.
  if (notice.recipientTenantId === actor.tenantId) return 0;
  const db = sqlOf(em);
  const acting = await legalNameOf(db, actor.tenantId);
  await switchTenant(em, notice.recipientTenantId);
  try {
    const people = await db
      .selectFrom('membership as m')
      .leftJoin('notice_preference as p', (join) =>
        join
          .onRef('p.tenant_id', '=', 'm.tenant_id')
          .onRef('p.user_id', '=', 'm.user_id')
          .on('p.event', '=', notice.event),
      )
      .select(['m.user_id', 'p.in_app', 'p.email'])
      .where('m.tenant_id', '=', notice.recipientTenantId)
      .where('m.role', 'in', [...RECIPIENT_ROLES[notice.event]])
      .where('m.user_id', '!=', actor.userId)
      .execute();
    let subject = notice.subject;
    if (!subject && notice.serviceId)
      subject =
        (
          await db
            .selectFrom('service')
            .select('name')
            .where('tenant_id', '=', notice.recipientTenantId)
            .where('id', '=', notice.serviceId)
            .executeTakeFirst()
        )?.name ?? '';
    const told = people.filter((person) => person.in_app !== false || person.email !== false);
    if (!told.length) return 0;
    const id = uuidv7();
    await db
      .insertInto('notification')
      .values(
        told.map((person) => ({
          tenant_id: notice.recipientTenantId,
          id: uuidv7(),
          user_id: person.user_id,
          item_key: `${notice.event}:${id}`,
          event: notice.event,
          kind: notice.outcome ?? notice.event,
          actor_name: acting ?? null,
          title: { bg: subject, en: subject, uk: subject },
          service_id: notice.serviceId ?? null,
          target_type: notice.target.type,
          target_id: notice.target.id,
          created_at: sql<string>`now()`,
          // Wanted by e-mail only: kept (it is the e-mail's outbox) but never counted in the bell.
          read_at: person.in_app === false ? sql<string>`now()` : null,
          email: person.email !== false,
        })),
      )
      .execute();
    return told.length;
  } finally {
    await switchTenant(em, actor.tenantId);
  }
}
