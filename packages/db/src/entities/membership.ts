import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, oneOf } from './columns.ts';

export const ROLES = ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A person's role in one tenant. Tenant-owned: primary key (tenant_id, id), row-level security on. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    ...tenantKey(),
    userId: p.uuid(),
    role: oneOf(ROLES),
    createdAt: createdNow(),
  },
});
export type Membership = InferEntity<typeof Membership>;
