import type { FastifyInstance } from 'fastify';
import { AppUser, RefreshToken, uuidv7, type EntityManager } from '@mera/db';
import { addMinutes, hashToken, newSecret } from './secrets.ts';

/** What issuing a session needs of the server: its configuration and its token signer (not the whole instance). */
export type SessionIssuer = Pick<FastifyInstance, 'config' | 'jwt'>;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Issues an access token and the next refresh token of a session (a new session unless `familyId` is given). */
export function issueSession(
  em: EntityManager,
  app: SessionIssuer,
  userId: string,
  familyId: string = uuidv7(),
): Session {
  const now = new Date();
  const refreshToken = newSecret();
  const refreshTokenExpiresAt = addMinutes(now, app.config.REFRESH_TOKEN_DAYS * 24 * 60);
  em.create(RefreshToken, {
    familyId,
    userId,
    tokenHash: hashToken(refreshToken),
    expiresAt: refreshTokenExpiresAt,
  });
  return {
    accessToken: app.jwt.sign({ sub: userId, sid: familyId }),
    accessTokenExpiresAt: addMinutes(now, app.config.ACCESS_TOKEN_MINUTES),
    refreshToken,
    refreshTokenExpiresAt,
  };
}

export type RotationOutcome =
  { kind: 'rotated'; session: Session } | { kind: 'invalid' } | { kind: 'reused' };

/**
 * Exchanges a refresh token for the next one. A token is good once: presenting a spent token again means it was
 * stolen (or replayed), so the whole session is revoked and both holders must log in again.
 */
export async function rotateSession(
  em: EntityManager,
  app: SessionIssuer,
  presented: string,
): Promise<RotationOutcome> {
  const now = new Date();
  const token = await em.findOne(RefreshToken, { tokenHash: hashToken(presented) });
  if (!token || token.revokedAt || token.expiresAt <= now) return { kind: 'invalid' };
  if (token.usedAt) {
    await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: now });
    return { kind: 'reused' };
  }
  const user = await em.findOne(AppUser, { id: token.userId });
  if (!user || (user.lockedUntil && user.lockedUntil > now)) return { kind: 'invalid' };
  token.usedAt = now;
  return { kind: 'rotated', session: issueSession(em, app, token.userId, token.familyId) };
}

/** Ends one session (logout) — every refresh token of its family stops working. */
export async function endSession(em: EntityManager, familyId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

/** Ends every session of a person but `keep` (after a password change). */
export async function endOtherSessions(em: EntityManager, userId: string, keep: string): Promise<void> {
  await em.nativeUpdate(
    RefreshToken,
    { userId, familyId: { $ne: keep }, revokedAt: null },
    { revokedAt: new Date() },
  );
}
