import {
  AppUser,
  CommissioningContract,
  NO_TENANT,
  ProviderInvitation,
  switchTenant,
  Tenant,
  type ContractFunding,
  type EntityManager,
  type Locale,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { compose, templates, addMinutes, hashToken, newSecret } from '../identity/index.ts';
import { stale } from '../../shared/validation.ts';
import type { Mail } from '../../platform/mailer.ts';
import { amountNumber, amountText, invalid } from './contracts.ts';
import { isValidEik } from './eik.ts';
import { parseInvitationToken } from './invitations.ts';
import { COMMISSIONING } from '../../platform/permissions.ts';

/** How long a provider's sign-up link stays valid; sending it again starts a new period. */
export const PROVIDER_INVITATION_DAYS = 30;

export interface ProviderInvitationInput {
  providerEik: string;
  email: string;
  serviceDescription: string;
  basis: string;
  startsOn: string;
  endsOn: string;
  funding?: ContractFunding | null | undefined;
  yearlyAmountEur?: number | null | undefined;
  locale?: Locale | undefined;
}

export function providerInvitationView(i: ProviderInvitation) {
  return {
    id: i.id,
    providerEik: i.eik,
    email: i.email,
    serviceDescription: i.serviceDescription,
    basis: i.basis,
    startsOn: String(i.startsOn).slice(0, 10),
    endsOn: String(i.endsOn).slice(0, 10),
    funding: i.funding ?? null,
    yearlyAmountEur: amountNumber(i.yearlyAmountEur),
    status: i.status,
    createdAt: i.createdAt.toISOString(),
    sentAt: i.sentAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    expired: i.status === 'pending' && i.expiresAt <= new Date(),
    usedAt: i.usedAt ? i.usedAt.toISOString() : null,
    providerTenantId: i.providerTenantId ?? null,
    contractId: i.contractId ?? null,
    version: i.version,
  };
}

async function invitationMail(
  { em, config }: Pick<TenantContext, 'em' | 'config'>,
  invitation: ProviderInvitation,
  secret: string,
  locale: Locale,
): Promise<Mail> {
  const municipality = await em.findOneOrFail(Tenant, { id: invitation.tenantId });
  const token = `${invitation.tenantId}.${secret}`;
  const link = new URL(`/signup?invitation=${encodeURIComponent(token)}`, config.PUBLIC_WEB_URL).toString();
  return compose(templates.providerInvitation, locale, invitation.email, {
    municipality: municipality.legalName,
    service: invitation.serviceDescription,
    eik: invitation.eik,
    link,
    days: String(PROVIDER_INVITATION_DAYS),
  });
}

/**
 * The municipality proposes a contract to a provider that is not on Mera yet: the proposal waits as an invitation
 * and the provider gets a sign-up link by e-mail. Returns the mail to send after the transaction commits.
 */
export async function inviteProvider(ctx: TenantContext, input: ProviderInvitationInput) {
  const { em, tenantId, userId } = ctx;
  const municipality = await em.findOne(Tenant, { id: tenantId });
  if (municipality?.kind !== COMMISSIONING.proposes) throw new AppError(403, 'forbidden');
  if (!isValidEik(input.providerEik)) throw invalid('providerEik', 'eik_checksum');
  if (input.endsOn < input.startsOn) throw invalid('endsOn', 'date_order');
  const yearlyAmountEur = amountText(input.yearlyAmountEur);
  if (await em.findOne(Tenant, { eik: input.providerEik })) throw invalid('providerEik', 'provider_on_mera');
  if (await em.findOne(ProviderInvitation, { eik: input.providerEik, status: 'pending' })) {
    throw new AppError(409, 'invitation_pending', {
      fields: [{ field: 'body.providerEik', rule: 'invitation_pending' }],
    });
  }
  const secret = newSecret();
  const invitation = em.create(ProviderInvitation, {
    tenantId,
    eik: input.providerEik,
    email: input.email.trim().toLowerCase(),
    serviceDescription: input.serviceDescription.trim(),
    basis: input.basis.trim(),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    funding: input.funding ?? null,
    yearlyAmountEur,
    tokenHash: hashToken(secret),
    expiresAt: addMinutes(new Date(), PROVIDER_INVITATION_DAYS * 24 * 60),
    invitedBy: userId,
  });
  await em.flush();
  return { invitation, mail: await invitationMail(ctx, invitation, secret, input.locale ?? 'bg') };
}

async function findPending(em: EntityManager, tenantId: string, id: string, version: number) {
  const invitation = await em.findOne(ProviderInvitation, { tenantId, id });
  if (!invitation) throw new AppError(404, 'not_found');
  if (invitation.version !== version) throw stale();
  if (invitation.status !== 'pending') throw new AppError(409, 'invitation_not_pending');
  return invitation;
}

/** A new link (the old one stops working) and a new validity period. */
export async function resendProviderInvitation(
  ctx: TenantContext,
  id: string,
  version: number,
  locale: Locale,
) {
  const { em, tenantId } = ctx;
  const invitation = await findPending(em, tenantId, id, version);
  const secret = newSecret();
  invitation.tokenHash = hashToken(secret);
  invitation.expiresAt = addMinutes(new Date(), PROVIDER_INVITATION_DAYS * 24 * 60);
  invitation.sentAt = new Date();
  await em.flush();
  return { invitation, mail: await invitationMail(ctx, invitation, secret, locale) };
}

export async function cancelProviderInvitation({ em, tenantId }: TenantContext, id: string, version: number) {
  const invitation = await findPending(em, tenantId, id, version);
  invitation.status = 'cancelled';
  await em.flush();
  return invitation;
}

export async function listProviderInvitations({ em, tenantId }: TenantContext) {
  const rows = await em.find(ProviderInvitation, { tenantId }, { orderBy: { createdAt: 'desc' } });
  const order: Record<string, number> = { pending: 0, used: 1, cancelled: 2 };
  return rows
    .sort((a, b) => (order[String(a.status)] ?? 0) - (order[String(b.status)] ?? 0))
    .map(providerInvitationView);
}

/**
 * The invitation a sign-up link names, if it can still be used. Looks it up under the municipality's row-level
 * security (the token's tenant part) and leaves the transaction with no tenant again.
 */
export async function usableProviderInvitation(em: EntityManager, token: string) {
  const { tenantId, secret } = parseInvitationToken(token);
  await switchTenant(em, tenantId);
  try {
    const invitation = await em.findOne(ProviderInvitation, { tenantId, tokenHash: hashToken(secret) });
    if (!invitation || invitation.status === 'cancelled') throw new AppError(400, 'link_invalid');
    if (invitation.status === 'used') throw new AppError(409, 'link_used');
    if (invitation.expiresAt <= new Date()) throw new AppError(410, 'link_expired');
    const municipality = await em.findOneOrFail(Tenant, { id: tenantId });
    return { invitation, municipality };
  } finally {
    await switchTenant(em, NO_TENANT);
  }
}

/**
 * Sign-up through the link: the new provider tenant exists; propose the waiting contract to it and mark the
 * invitation used — in the sign-up's transaction, under the municipality's row-level security.
 */
export async function proposeFromInvitation(
  em: EntityManager,
  invitation: ProviderInvitation,
  providerTenantId: string,
) {
  await switchTenant(em, invitation.tenantId);
  const contract = em.create(CommissioningContract, {
    tenantId: invitation.tenantId,
    providerTenantId,
    serviceId: null,
    serviceDescription: invitation.serviceDescription,
    basis: invitation.basis,
    startsOn: String(invitation.startsOn).slice(0, 10),
    endsOn: String(invitation.endsOn).slice(0, 10),
    funding: invitation.funding ?? null,
    yearlyAmountEur: invitation.yearlyAmountEur ?? null,
  });
  await em.flush();
  em.assign(invitation, { status: 'used', usedAt: new Date(), providerTenantId, contractId: contract.id });
  await em.flush();
  return contract;
}

/** Who invited, for the sign-up page: the municipality, the ЕИК and what the contract is about. */
export async function previewProviderInvitation(em: EntityManager, token: string) {
  const { invitation, municipality } = await usableProviderInvitation(em, token);
  return {
    municipalityName: municipality.legalName,
    providerEik: invitation.eik,
    email: invitation.email,
    serviceDescription: invitation.serviceDescription,
    expiresAt: invitation.expiresAt.toISOString(),
    accountExists: (await em.findOne(AppUser, { email: invitation.email })) !== null,
  };
}
