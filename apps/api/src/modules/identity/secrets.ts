import { createHash, randomBytes } from 'node:crypto';

/** A fresh 256-bit secret for a link or a refresh token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as hashes; a leaked table lets no one in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
