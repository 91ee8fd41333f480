import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';

export const ROLES = ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A person's role in one tenant. Tenant-owned: primary key (tenant_id, id), row-level security on. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    tenantId: p.uuid().primary(),
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    userId: p.uuid(),
    role: p.enum(() => [...ROLES]).$type<Role>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Membership = InferEntity<typeof Membership>;
