import type { FastifyInstance } from 'fastify';
import {
  AppUser,
  EmailToken,
  RefreshToken,
  sqlOf,
  type EmailTokenPurpose,
  type EntityManager,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { createEmailToken, normaliseEmail } from './accounts.ts';
import { compose, templates } from './emails.ts';
import { checkPassword } from './password-policy.ts';
import { hashPassword } from './password.ts';
import { hashToken } from './secrets.ts';

/** A password-reset link is good for an hour, once. */
export const RESET_LINK_MINUTES = 60;
/** At most this many links of one kind to one account per hour, however many visitors ask (per-account limit). */
export const LINKS_PER_HOUR = 3;

async function linksInLastHour(em: EntityManager, userId: string, purpose: EmailTokenPurpose) {
  return em.count(EmailToken, { userId, purpose, createdAt: { $gt: new Date(Date.now() - 3_600_000) } });
}

export interface LinkToSend {
  user: AppUser;
  token: string;
}

/**
 * "Forgotten password": a one-time link to the account's address. Returns null — and the route answers exactly as
 * when it returns a link — when there is no such account or it already had its links this hour, so the answer
 * reveals nothing about which addresses have accounts.
 */
export async function requestPasswordReset(
  em: EntityManager,
  emailInput: string,
): Promise<LinkToSend | null> {
  const user = await em.findOne(AppUser, { email: normaliseEmail(emailInput) });
  if (!user || (await linksInLastHour(em, user.id, 'reset_password')) >= LINKS_PER_HOUR) return null;
  return { user, token: createEmailToken(em, user.id, 'reset_password', RESET_LINK_MINUTES) };
}

/** "Send the verification e-mail again": only for an account whose address is not yet confirmed. */
export async function requestVerificationAgain(
  em: EntityManager,
  emailInput: string,
): Promise<LinkToSend | null> {
  const user = await em.findOne(AppUser, { email: normaliseEmail(emailInput) });
  if (!user || user.emailVerifiedAt) return null;
  if ((await linksInLastHour(em, user.id, 'verify_email')) >= LINKS_PER_HOUR) return null;
  return { user, token: createEmailToken(em, user.id, 'verify_email') };
}

/**
 * Sets a new password through a reset link. The link is spent by one UPDATE that also checks it is unspent and
 * unexpired, so two requests racing with one link cannot both succeed. Every session of the account ends (whoever
 * knew the old password is logged out), the other reset links stop working, a lockout is lifted, and — since the
 * link reached the address — the address counts as confirmed.
 */
export async function resetPassword(em: EntityManager, token: string, password: string): Promise<void> {
  const tokenHash = hashToken(token);
  const spent = await sqlOf(em)
    .updateTable('email_token')
    .set((eb) => ({ used_at: eb.fn('now') }))
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', 'reset_password')
    .where('used_at', 'is', null)
    .where((eb) => eb('expires_at', '>', eb.fn<string>('now')))
    .returning('user_id')
    .executeTakeFirst();
  if (!spent) {
    const row = await em.findOne(EmailToken, { tokenHash, purpose: 'reset_password' });
    if (!row) throw new AppError(400, 'link_invalid');
    if (row.usedAt) throw new AppError(409, 'link_used');
    throw new AppError(410, 'link_expired');
  }
  const user = await em.findOneOrFail(AppUser, { id: spent.user_id });
  const weak = checkPassword(password, user.email, 'body.password');
  if (weak) throw new AppError(400, 'validation_failed', { fields: [weak] });
  const now = new Date();
  user.passwordHash = await hashPassword(password);
  user.passwordChangedAt = now;
  user.failedLogins = 0;
  user.lockedUntil = null;
  user.emailVerifiedAt ??= now;
  await em.nativeUpdate(
    EmailToken,
    { userId: user.id, purpose: 'reset_password', usedAt: null },
    { usedAt: now },
  );
  await em.nativeUpdate(RefreshToken, { userId: user.id, revokedAt: null }, { revokedAt: now });
}

export async function sendPasswordReset(
  app: Pick<FastifyInstance, 'config' | 'mailer'>,
  { user, token }: LinkToSend,
): Promise<void> {
  const link = new URL(
    `/reset-password?token=${encodeURIComponent(token)}`,
    app.config.PUBLIC_WEB_URL,
  ).toString();
  await app.mailer.send(
    compose(templates.passwordReset, user.locale, user.email, {
      name: user.displayName,
      link,
      minutes: String(RESET_LINK_MINUTES),
    }),
  );
}
