import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidv7 } from 'uuidv7';
import { ROLES, type Role } from './membership.ts';

/** An e-mailed invitation to join a tenant with a role. Tenant-owned. */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    tenantId: p.uuid().primary(),
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    email: p.text(),
    role: p.enum(() => [...ROLES]).$type<Role>(),
    tokenHash: p.text(),
    invitedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: p.uuid().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;
