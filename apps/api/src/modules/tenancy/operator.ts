import type { FastifyInstance } from 'fastify';
import { AppUser, Invitation, switchTenant, Tenant, type EntityManager, type TenantKind } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { compose, templates, addMinutes, hashToken, newSecret } from '../identity/index.ts';
import type { Mail } from '../../platform/mailer.ts';
import { isValidEik } from './eik.ts';

export interface OperatorTenantInput {
  kind: TenantKind;
  legalName: string;
  eik: string;
  address?: string;
  contactEmail?: string;
  /** Invite this person as the tenant's first administrator. */
  adminEmail?: string;
}

/**
 * Municipality and agency tenants are created by a platform operator (API or CLI), never by sign-up.
 * Optionally invites the first administrator; returns the invitation e-mail to send after commit.
 */
export async function createTenantAsOperator(
  em: EntityManager,
  app: Pick<FastifyInstance, 'config'>,
  input: OperatorTenantInput,
  operatorUserId: string | null,
): Promise<{ tenant: Tenant; mail?: Mail; link?: string }> {
  if (!isValidEik(input.eik)) {
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body.eik', rule: 'eik_checksum' }] });
  }
  if (await em.findOne(Tenant, { eik: input.eik })) {
    throw new AppError(409, 'eik_taken', { fields: [{ field: 'body.eik', rule: 'unique' }] });
  }
  const tenant = em.create(Tenant, {
    kind: input.kind,
    legalName: input.legalName.trim(),
    eik: input.eik,
    address: input.address?.trim() || null,
    contactEmail: input.contactEmail?.trim().toLowerCase() || null,
  });
  await em.flush();
  if (!input.adminEmail) return { tenant };

  await switchTenant(em, tenant.id);
  const secret = newSecret();
  const email = input.adminEmail.trim().toLowerCase();
  em.create(Invitation, {
    tenantId: tenant.id,
    email,
    role: 'admin',
    tokenHash: hashToken(secret),
    invitedBy: operatorUserId,
    expiresAt: addMinutes(new Date(), 7 * 24 * 60),
  });
  await em.flush();
  const link = new URL(
    `/invitations/${encodeURIComponent(`${tenant.id}.${secret}`)}`,
    app.config.PUBLIC_WEB_URL,
  ).toString();
  const inviter = operatorUserId
    ? (await em.findOne(AppUser, { id: operatorUserId }))?.displayName
    : undefined;
  const mail = compose(templates.invitation, 'bg', email, {
    organisation: tenant.legalName,
    inviter: inviter ?? 'Мера',
    link,
    role: 'admin',
  });
  return { tenant, mail, link };
}
