import { CommissioningContract, Service } from './commissioning.ts';
import { Invitation } from './invitation.ts';
import { Membership } from './membership.ts';
import { Tenant } from './tenant.ts';
import { EmailToken, RefreshToken } from './tokens.ts';
import { AppUser } from './user.ts';

export {
  CommissioningContract,
  CONTRACT_STATUSES,
  type ContractStatus,
  FINANCING,
  type Financing,
  Service,
} from './commissioning.ts';
export { Invitation } from './invitation.ts';
export { Membership, ROLES, type Role } from './membership.ts';
export { Tenant, TENANT_KINDS, type TenantKind } from './tenant.ts';
export { EMAIL_TOKEN_PURPOSES, EmailToken, type EmailTokenPurpose, RefreshToken } from './tokens.ts';
export { AppUser, LOCALES, type Locale } from './user.ts';

/** Every entity the ORM knows; add new ones here. */
export const entities = [
  Tenant,
  AppUser,
  Membership,
  Invitation,
  RefreshToken,
  EmailToken,
  Service,
  CommissioningContract,
];
