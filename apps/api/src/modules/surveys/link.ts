import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { newSecret } from '../identity/index.ts';

// ————— The public link —————

const UUID = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

/** `<tenant id, 22 base64url characters>.<secret, 43 characters>`: the tenant's id lets the row-level security apply. */
export function publicToken(tenantId: string, secret: string): string {
  return `${Buffer.from(tenantId.replace(/-/g, ''), 'hex').toString('base64url')}.${secret}`;
}

export function parsePublicToken(token: string): { tenantId: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const hex = Buffer.from(match[1], 'base64url').toString('hex');
  const parts = UUID.exec(hex);
  if (!parts || hex.length !== 32) return null;
  return { tenantId: parts.slice(1, 6).join('-').toLowerCase(), secret: match[2] };
}

export const publicPath = (tenantId: string, secret: string) => `/s/${publicToken(tenantId, secret)}`;

export function qrSvg(url: string): Promise<string> {
  // Error correction M survives a crease or a smudge on a printed sheet; the quiet zone is part of the image.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The key the in-memory rate limiter counts a client by: a SHA-256 of its address with a salt made at start-up, so
 * the limiter's memory holds no address, and the key means nothing after a restart. Never stored, never logged.
 */
const SALT = newSecret();
export function clientKey(address: string): string {
  return createHash('sha256').update(`${SALT}|${address}`).digest('base64url');
}
