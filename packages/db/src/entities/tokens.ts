import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId, oneOf, secret } from './columns.ts';

/** One link in a login session's chain of refresh tokens (stored as a SHA-256 hash). */
export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: newId(),
    familyId: p.uuid(),
    userId: p.uuid(),
    ...secret(),
    revokedAt: p.datetime().nullable(),
  },
});
export type RefreshToken = InferEntity<typeof RefreshToken>;

export const EMAIL_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** A one-time link sent by e-mail (stored as a SHA-256 hash). */
export const EmailToken = defineEntity({
  name: 'EmailToken',
  tableName: 'email_token',
  properties: {
    id: newId(),
    userId: p.uuid(),
    purpose: oneOf(EMAIL_TOKEN_PURPOSES),
    ...secret(),
  },
});
export type EmailToken = InferEntity<typeof EmailToken>;
