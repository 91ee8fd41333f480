import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, oneOf, step } from './columns.ts';
import { ROLES } from './membership.ts';

/** An e-mailed invitation to join a tenant with a role. Tenant-owned. */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    ...tenantKey(),
    email: p.text(),
    role: oneOf(ROLES),
    tokenHash: p.text(),
    invitedBy: p.uuid().nullable(),
    createdAt: createdNow(),
    expiresAt: p.datetime(),
    ...step('accepted'),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;
