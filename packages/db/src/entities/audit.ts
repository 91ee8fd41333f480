import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { oneOf } from './columns.ts';

/**
 * The head of a tenant's hash-chained audit trail. Written only by the audit trigger (a definer function); the
 * application holds no privilege on it (migration 20261207300000).
 */
export const AuditChain = defineEntity({
  name: 'AuditChain',
  tableName: 'audit_chain',
  properties: {
    tenantId: p.uuid().primary(),
    lastSeq: p.bigint().defaultRaw(`0`),
    lastHash: p.text().default(''),
    /** From this sequence number on the chain's links are keyed (HMAC); earlier ones stay plain SHA-256. */
    keyedFrom: p.bigint().defaultRaw(`1`),
  },
});
export type AuditChain = InferEntity<typeof AuditChain>;

export const AUDIT_EVENT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditEventAction = (typeof AUDIT_EVENT_ACTIONS)[number];

/** One change in a tenant's audit trail. Written only by the audit trigger; read by audit.ts. */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    tenantId: p.uuid().primary(),
    seq: p.bigint().primary(),
    occurredAt: p.datetime().defaultRaw(`clock_timestamp()`),
    actorUserId: p.uuid().nullable(),
    requestId: p.text().nullable(),
    entity: p.text(),
    entityId: p.text(),
    action: oneOf(AUDIT_EVENT_ACTIONS),
    before: p.json<unknown>().nullable(),
    after: p.json<unknown>().nullable(),
    prevHash: p.text(),
    hash: p.text(),
  },
});
export type AuditEvent = InferEntity<typeof AuditEvent>;
