import type { CommissioningContract, EntityManager, ProviderInvitation, Tenant } from '@mera/db';
import { createExtensionPoint } from '../../shared/extension-point.ts';

/**
 * What signing up a provider organisation needs from the organisations' side — the legal identifier's check and a
 * municipality's invitation link. Tenancy provides it (from its index.ts), so identity never imports tenancy and the
 * arrow points one way: tenancy → identity.
 */
export interface OrganisationSignup {
  isValidEik(eik: string): boolean;
  usableProviderInvitation(
    em: EntityManager,
    token: string,
  ): Promise<{ invitation: ProviderInvitation; municipality: Tenant }>;
  proposeFromInvitation(
    em: EntityManager,
    invitation: ProviderInvitation,
    providerTenantId: string,
  ): Promise<CommissioningContract>;
}

export const organisationSignup = createExtensionPoint<OrganisationSignup>('identity.organisationSignup');
