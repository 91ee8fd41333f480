import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow } from './columns.ts';
import { ROLES, type Role } from './membership.ts';

/** An e-mailed invitation to join a tenant with a role. Tenant-owned. */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    ...tenantKey(),
    email: p.text(),
    role: p.enum(() => [...ROLES]).$type<Role>(),
    tokenHash: p.text(),
    invitedBy: p.uuid().nullable(),
    createdAt: createdNow(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: p.uuid().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;
