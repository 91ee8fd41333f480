import {
  AppUser,
  Invitation,
  Membership,
  Tenant,
  type EntityManager,
  type Locale,
  type Role,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { compose, templates, addMinutes, hashToken, newSecret } from '../identity/index.ts';

const INVITATION_DAYS = 7;

/**
 * The link token is `<tenant id>.<secret>`: the tenant part lets acceptance set the tenant context first, so the
 * secret's hash is looked up under that tenant's row-level security.
 */
export function parseInvitationToken(token: string): { tenantId: string; secret: string } {
  const match = /^([0-9a-f-]{36})\.([\w-]{20,100})$/i.exec(token);
  if (!match?.[1] || !match[2]) throw new AppError(400, 'link_invalid');
  return { tenantId: match[1].toLowerCase(), secret: match[2] };
}

export async function invite(
  { em, tenantId, userId, config }: TenantContext,
  email: string,
  role: Role,
  locale: Locale,
) {
  const existing = await em.findOne(AppUser, { email });
  if (existing && (await em.findOne(Membership, { tenantId, userId: existing.id }))) {
    throw new AppError(409, 'already_member', { fields: [{ field: 'body.email', rule: 'unique' }] });
  }
  const secret = newSecret();
  const invitation = em.create(Invitation, {
    tenantId,
    email,
    role,
    tokenHash: hashToken(secret),
    invitedBy: userId,
    expiresAt: addMinutes(new Date(), INVITATION_DAYS * 24 * 60),
  });
  await em.flush();
  const [tenant, inviter] = await Promise.all([
    em.findOneOrFail(Tenant, { id: tenantId }),
    em.findOneOrFail(AppUser, { id: userId }),
  ]);
  const token = `${tenantId}.${secret}`;
  const link = new URL(`/invitations/${encodeURIComponent(token)}`, config.PUBLIC_WEB_URL).toString();
  const mail = compose(templates.invitation, locale, email, {
    organisation: tenant.legalName,
    inviter: inviter.displayName,
    link,
    role,
  });
  return { invitation, mail };
}

/** Finds a live invitation for a token; throws the reason it cannot be used. Must run in the token's tenant. */
export async function findUsableInvitation(
  em: EntityManager,
  tenantId: string,
  secret: string,
): Promise<Invitation> {
  const invitation = await em.findOne(Invitation, { tenantId, tokenHash: hashToken(secret) });
  if (!invitation || invitation.revokedAt) throw new AppError(400, 'link_invalid');
  if (invitation.acceptedAt) throw new AppError(409, 'link_used');
  if (invitation.expiresAt <= new Date()) throw new AppError(410, 'link_expired');
  return invitation;
}

export async function acceptInvitation(
  em: EntityManager,
  invitation: Invitation,
  user: AppUser,
): Promise<Membership> {
  if (user.email !== invitation.email) throw new AppError(403, 'invitation_other_email');
  const existing = await em.findOne(Membership, { tenantId: invitation.tenantId, userId: user.id });
  invitation.acceptedAt = new Date();
  invitation.acceptedBy = user.id;
  const membership =
    existing ??
    em.create(Membership, { tenantId: invitation.tenantId, userId: user.id, role: invitation.role });
  await em.flush();
  return membership;
}
