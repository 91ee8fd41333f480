import { createHash } from 'node:crypto';
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
  prev_hash: string;
  hash: string;
  payload: string;
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
  brokenAt?: { seq: number; reason: 'hash_mismatch' | 'chain_break' | 'gap' };
}

/**
 * Recomputes the current tenant's chain: each event's hash must be SHA-256 over its stored columns (which include
 * the previous hash), each `prev_hash` must be the previous event's hash, and sequence numbers must not skip.
 * Editing, deleting or reordering any stored event breaks it.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditVerification> {
  const rows = await em.execute<Pick<AuditRow, 'seq' | 'prev_hash' | 'hash' | 'payload'>[]>(
    `select e.seq, e.prev_hash, e.hash, audit_payload(e) as payload from audit_event e
     where e.tenant_id = current_setting('app.tenant_id')::uuid order by e.seq`,
  );
  let previous = '';
  let expectedSeq = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== expectedSeq) return { ok: false, checked: rows.length, brokenAt: { seq, reason: 'gap' } };
    if (row.prev_hash !== previous)
      return { ok: false, checked: rows.length, brokenAt: { seq, reason: 'chain_break' } };
    const computed = createHash('sha256').update(row.payload, 'utf8').digest('hex');
    if (computed !== row.hash)
      return { ok: false, checked: rows.length, brokenAt: { seq, reason: 'hash_mismatch' } };
    previous = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, checked: rows.length };
}
