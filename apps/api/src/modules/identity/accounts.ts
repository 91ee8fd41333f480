import type { FastifyInstance } from 'fastify';
import {
  AppUser,
  EmailToken,
  Membership,
  sql,
  sqlOf,
  switchTenant,
  Tenant,
  UniqueConstraintViolationException,
  type EntityManager,
  type Locale,
} from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { organisationSignup } from './organisations.ts';
import { reclaimAbandonedOrganisation, releaseAbandonedAddress } from './abandoned-signups.ts';
import { compose, templates } from './emails.ts';
import { checkPassword } from './password-policy.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { addMinutes, hashToken, newSecret } from './secrets.ts';
import { issueSession, type Session, type SessionIssuer } from './sessions.ts';

const VERIFY_EMAIL_MINUTES = 48 * 60;

export interface SignupInput {
  organisation: { legalName: string; eik: string; address?: string; contactEmail?: string };
  admin: { displayName: string; email: string; password: string };
  locale: Locale;
  /** A municipality's invitation link token: the waiting contract is proposed to the new organisation. */
  invitation?: string | undefined;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks that need no database, so a bad form is answered before anything is written. */
export function validateSignup(input: SignupInput): void {
  const fields = [];
  if (!organisationSignup.one().isValidEik(input.organisation.eik))
    fields.push({ field: 'body.organisation.eik', rule: 'eik_checksum' });
  const weak = checkPassword(input.admin.password, input.admin.email, 'body.admin.password');
  if (weak) fields.push(weak);
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
}

/** A unique violation raised at flush, mapped to the field the person can fix. */
function conflictFromUnique(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) {
    if (/eik/.test(error.message)) {
      throw new AppError(409, 'eik_taken', { fields: [{ field: 'body.organisation.eik', rule: 'unique' }] });
    }
    if (/email/.test(error.message)) {
      throw new AppError(409, 'email_taken', { fields: [{ field: 'body.admin.email', rule: 'unique' }] });
    }
  }
  throw error;
}

export function createEmailToken(
  em: EntityManager,
  userId: string,
  purpose: 'verify_email' | 'reset_password',
  minutes = VERIFY_EMAIL_MINUTES,
): string {
  const token = newSecret();
  em.create(EmailToken, {
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: addMinutes(new Date(), minutes),
  });
  return token;
}

/**
 * Sign-up of a provider organisation with its first administrator, in one transaction: the tenant, the person
 * (e-mail not yet verified), the admin membership (under the new tenant's row-level security) and the e-mail link.
 */
export async function signUp(
  em: EntityManager,
  input: SignupInput,
): Promise<{ tenant: Tenant; user: AppUser; token: string }> {
  const email = normaliseEmail(input.admin.email);
  const invited = input.invitation
    ? await organisationSignup.one().usableProviderInvitation(em, input.invitation)
    : null;
  if (invited && invited.invitation.eik !== input.organisation.eik) {
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'body.organisation.eik', rule: 'invitation_eik_mismatch' }],
    });
  }
  const details = {
    legalName: input.organisation.legalName.trim(),
    address: input.organisation.address?.trim() || null,
    contactEmail: input.organisation.contactEmail ? normaliseEmail(input.organisation.contactEmail) : null,
  };
  const holder = await em.findOne(AppUser, { email });
  if (holder && !(await releaseAbandonedAddress(em, holder))) {
    throw new AppError(409, 'email_taken', { fields: [{ field: 'body.admin.email', rule: 'unique' }] });
  }
  const registered = await em.findOne(Tenant, { eik: input.organisation.eik });
  if (registered && !(await reclaimAbandonedOrganisation(em, registered, details))) {
    throw new AppError(409, 'eik_taken', { fields: [{ field: 'body.organisation.eik', rule: 'unique' }] });
  }
  const tenant =
    registered ?? em.create(Tenant, { kind: 'provider', eik: input.organisation.eik, ...details });
  const user = em.create(AppUser, {
    email,
    displayName: input.admin.displayName.trim(),
    passwordHash: await hashPassword(input.admin.password),
    locale: input.locale,
  });
  // Rows refer to each other by plain ids, so parents are written before the rows that point at them.
  await em.flush().catch(conflictFromUnique);
  const token = createEmailToken(em, user.id, 'verify_email');
  await switchTenant(em, tenant.id);
  em.create(Membership, { tenantId: tenant.id, userId: user.id, role: 'admin' });
  await em.flush();
  if (invited) await organisationSignup.one().proposeFromInvitation(em, invited.invitation, tenant.id);
  return { tenant, user, token };
}

export async function sendVerification(
  app: Pick<FastifyInstance, 'config' | 'mailer'>,
  user: AppUser,
  token: string,
): Promise<void> {
  const link = new URL(
    `/verify-email?token=${encodeURIComponent(token)}`,
    app.config.PUBLIC_WEB_URL,
  ).toString();
  await app.mailer.send(
    compose(templates.verifyEmail, user.locale, user.email, { name: user.displayName, link }),
  );
}

/** Marks the e-mail verified; the link works once. */
export async function verifyEmail(em: EntityManager, token: string): Promise<void> {
  const row = await em.findOne(EmailToken, { tokenHash: hashToken(token), purpose: 'verify_email' });
  if (!row) throw new AppError(400, 'link_invalid');
  if (row.usedAt) throw new AppError(409, 'link_used');
  if (row.expiresAt <= new Date()) throw new AppError(410, 'link_expired');
  row.usedAt = new Date();
  const user = await em.findOneOrFail(AppUser, { id: row.userId });
  user.emailVerifiedAt ??= new Date();
}

export type LoginOutcome =
  | { kind: 'ok'; session: Session; user: AppUser }
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfter: number }
  | { kind: 'unverified' };

/**
 * Password login with lockout: after LOGIN_MAX_FAILURES wrong passwords the account is locked for LOCKOUT_MINUTES.
 * Returns an outcome rather than throwing, so the failure counter is committed with the transaction.
 *
 * The counter is changed only by single UPDATE statements that read and write it in the database (issue 12.3):
 * password checks take a while, and guesses sent in parallel each read the same counter — counting in the
 * application would let ten concurrent guesses leave `failed_logins = 1` and no lock.
 */
export async function logIn(
  em: EntityManager,
  app: SessionIssuer,
  emailInput: string,
  password: string,
): Promise<LoginOutcome> {
  const now = new Date();
  const user = await em.findOne(
    AppUser,
    { email: normaliseEmail(emailInput) },
    { populate: ['passwordHash'] },
  );
  if (!user) {
    // Spend the same time as a real check, so response times do not reveal which e-mails have accounts.
    await verifyPassword(password, DUMMY_HASH);
    return { kind: 'invalid' };
  }
  if (user.lockedUntil && user.lockedUntil > now) return lockedFor(user.lockedUntil, now);
  if (!(await verifyPassword(password, user.passwordHash))) {
    const { LOGIN_MAX_FAILURES: maxFailures, LOCKOUT_MINUTES: lockoutMinutes } = app.config;
    const counted = await sqlOf(em)
      .updateTable('app_user')
      .set((eb) => {
        const failures = eb('failed_logins', '+', 1);
        const locks = eb(failures, '>=', maxFailures);
        return {
          failed_logins: eb.case().when(locks).then(0).else(failures).end(),
          locked_until: eb
            .case()
            .when(locks)
            .then(sql<string>`now() + make_interval(mins => ${lockoutMinutes})`)
            .end(),
        };
      })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', eb.fn<string>('now'))]))
      .returning(['failed_logins', 'locked_until'])
      .executeTakeFirst();
    // This guess locked the account — or found no row: a guess running alongside it has just locked it.
    if (!counted || counted.locked_until)
      return { kind: 'locked', retryAfter: app.config.LOCKOUT_MINUTES * 60 };
    return { kind: 'invalid' };
  }
  if (!user.emailVerifiedAt) return { kind: 'unverified' };
  // The right password resets the counter — unless a parallel guess locked the account meanwhile.
  const unlocked = await sqlOf(em)
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', eb.fn<string>('now'))]))
    .returning('id')
    .executeTakeFirst();
  if (!unlocked) return { kind: 'locked', retryAfter: app.config.LOCKOUT_MINUTES * 60 };
  return { kind: 'ok', session: issueSession(em, app, user.id), user };
}

function lockedFor(until: Date, now: Date): LoginOutcome {
  return { kind: 'locked', retryAfter: Math.ceil((until.getTime() - now.getTime()) / 1000) };
}

// A valid scrypt hash of a random password, used only to equalise timing.
const DUMMY_HASH = 'scrypt$131072$8$1$3q2-7w$Jk6Yg0eWq5h2oHn3m1g1s2pXW5oZr0K3y6Jd9kq5h2o';

export async function changePassword(
  em: EntityManager,
  userId: string,
  current: string,
  next: string,
): Promise<void> {
  const user = await em.findOneOrFail(AppUser, { id: userId }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'body.currentPassword', rule: 'wrong_password' }],
    });
  }
  const weak = checkPassword(next, user.email, 'body.newPassword');
  if (weak) throw new AppError(400, 'validation_failed', { fields: [weak] });
  user.passwordHash = await hashPassword(next);
  user.passwordChangedAt = new Date();
}
