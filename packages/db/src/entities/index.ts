import { AppUser } from './user.ts';
import { Membership } from './membership.ts';
import { Tenant } from './tenant.ts';

export { AppUser } from './user.ts';
export { Membership, ROLES, type Role } from './membership.ts';
export { Tenant, TENANT_KINDS, type TenantKind } from './tenant.ts';

/** Every entity the ORM knows; add new ones here. */
export const entities = [Tenant, AppUser, Membership];
