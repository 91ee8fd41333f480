import {
  AppUser,
  EmailToken,
  Membership,
  NO_TENANT,
  sqlOf,
  switchTenant,
  type EntityManager,
  type Tenant,
} from '@mera/db';

/**
 * An unverified sign-up is abandoned after a day (issue 12.10). Until then it holds its e-mail address and ЕИК, so
 * the person who just signed up can still open the link; after that, someone who never received the e-mail — or
 * the address's real owner, if a stranger typed it — can sign up again.
 */
export const ABANDONED_AFTER_HOURS = 24;

function abandoned(user: AppUser, now: Date): boolean {
  return (
    !user.emailVerifiedAt && now.getTime() - user.createdAt.getTime() > ABANDONED_AFTER_HOURS * 3_600_000
  );
}

/**
 * Frees an e-mail address held by an abandoned sign-up: the old account keeps its row (the audit trail may name it)
 * under an address that can never receive mail, and its unused links stop working. A verified account, or one
 * younger than a day, is never touched — so no one can take over an account by signing up with its address.
 * Returns false when the address is really taken.
 */
export async function releaseAbandonedAddress(em: EntityManager, existing: AppUser): Promise<boolean> {
  if (!abandoned(existing, new Date())) return false;
  await em.nativeDelete(EmailToken, { userId: existing.id });
  // The application's role may not change an e-mail address (column grants): the owner's function checks the case.
  const row = await sqlOf(em)
    .selectNoFrom((eb) => eb.fn<boolean>('release_abandoned_address', [eb.val(existing.id)]).as('released'))
    .executeTakeFirst();
  if (!row?.released) return false;
  await em.refresh(existing);
  return true;
}

/**
 * A provider organisation registered by sign-ups that were all abandoned is nobody's: no one has ever logged into it,
 * because login needs a verified e-mail. A new sign-up with its ЕИК takes it over — the abandoned memberships are
 * removed (the audit trail records it) and the new details written — instead of being refused with "ЕИК taken"
 * forever. Any organisation with a verified member, or a member younger than a day, is left alone.
 */
export async function reclaimAbandonedOrganisation(
  em: EntityManager,
  tenant: Tenant,
  details: { legalName: string; address: string | null; contactEmail: string | null },
): Promise<boolean> {
  if (tenant.kind !== 'provider') return false;
  await switchTenant(em, tenant.id);
  const memberships = await em.find(Membership, { tenantId: tenant.id });
  const members = await em.find(AppUser, { id: { $in: memberships.map((m) => m.userId) } });
  const now = new Date();
  let reclaimable =
    memberships.length > 0 &&
    members.length === memberships.length &&
    members.every((member) => abandoned(member, now));
  if (reclaimable) {
    // A tenant's name is not the application role's to change (column grants): the owner's function checks again.
    const row = await sqlOf(em)
      .selectNoFrom((eb) =>
        eb
          .fn<boolean>('reclaim_abandoned_tenant', [
            eb.val(tenant.id),
            eb.val(details.legalName),
            eb.val(details.address),
            eb.val(details.contactEmail),
          ])
          .as('reclaimed'),
      )
      .executeTakeFirst();
    reclaimable = row?.reclaimed === true;
    if (reclaimable) await em.refresh(tenant);
  }
  await switchTenant(em, NO_TENANT);
  return reclaimable;
}
