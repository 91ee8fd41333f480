import type { EntityManager } from '@mikro-orm/postgresql';

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  requestId: string | null;
  entity: string;
  entityId: string;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  hash: string;
}

interface AuditRow {
  seq: string;
  occurred_at: Date | string;
  actor_user_id: string | null;
  request_id: string | null;
  entity: string;
  entity_id: string;
  action: AuditEntry['action'];
  before: unknown;
  after: unknown;
  hash: string;
}

/** The current tenant's audit trail, newest first (row-level security limits it to that tenant). */
export async function readAuditTrail(
  em: EntityManager,
  options: { limit: number; beforeSeq?: number },
): Promise<AuditEntry[]> {
  const rows = await em.execute<AuditRow[]>(
    `select * from audit_event
     where tenant_id = current_setting('app.tenant_id')::uuid and (?::bigint is null or seq < ?::bigint)
     order by seq desc limit ?`,
    [options.beforeSeq ?? null, options.beforeSeq ?? null, options.limit],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorUserId: row.actor_user_id,
    requestId: row.request_id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before,
    after: row.after,
    hash: row.hash,
  }));
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first link that does not hold, when one does not. */
  brokenAt?: { seq: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' | 'head_mismatch' };
}

/**
 * Recomputes the current tenant's chain in the database (`audit_verify()`, migration AuditIntegrity): each event's
 * hash must be the keyed HMAC of its stored columns (which include the tenant, the actor and the previous hash),
 * each `prev_hash` the previous event's hash, sequence numbers must not skip, and the chain head must name the last
 * event. The key never leaves the database, so a row written by anything but the audit trigger fails here.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditVerification> {
  const [row] = await em.execute<
    {
      checked: string;
      broken_seq: string | null;
      reason: NonNullable<AuditVerification['brokenAt']>['reason'] | null;
    }[]
  >(`select checked, broken_seq, reason from audit_verify()`);
  const checked = Number(row?.checked ?? 0);
  if (!row?.reason) return { ok: true, checked };
  return { ok: false, checked, brokenAt: { seq: Number(row.broken_seq), reason: row.reason } };
}
