import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId, createdNow, oneOf } from './columns.ts';

/** The kinds of organisation that hold a tenant in Mera (see docs/security.md). */
export const TENANT_KINDS = ['provider', 'municipality', 'agency'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * An organisation using Mera. The tenant row itself is global data: its id is the `tenant_id`
 * every tenant-owned table carries.
 */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: newId(),
    kind: oneOf(TENANT_KINDS),
    legalName: p.text(),
    /** ЕИК / BULSTAT: 9 or 13 digits. */
    eik: p.string().length(13).unique(),
    address: p.text().nullable(),
    contactEmail: p.text().nullable(),
    createdAt: createdNow(),
  },
});
export type Tenant = InferEntity<typeof Tenant>;
