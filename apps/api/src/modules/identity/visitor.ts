import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The web tier's proof that it is the web tier: the secret both processes were configured with. */
export const WEB_TIER_HEADER = 'x-mera-web';
/** The visitor a web-tier request is made for: a hash of their address, never the address itself. */
export const CLIENT_HEADER = 'x-mera-client';

function sameSecret(presented: string, secret: string): boolean {
  // Compare digests, so neither the length nor the content leaks through timing.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}

/**
 * Whom a rate limit counts (issue 12.5). People log in through the web app's server, so every login reaches the API
 * from the same address: counted by address, twenty strangers' failures a minute would lock everyone out. The web
 * app therefore names the visitor in `x-mera-client` — believed only when the request also carries the web tier's
 * secret (`WEB_TIER_SECRET`, configured for both processes). Anyone else is counted by their own address, whatever
 * headers they send.
 */
export function visitorKey(request: FastifyRequest): string {
  const secret = request.server.config.WEB_TIER_SECRET;
  const presented = request.headers[WEB_TIER_HEADER];
  const client = request.headers[CLIENT_HEADER];
  if (
    secret &&
    typeof presented === 'string' &&
    typeof client === 'string' &&
    client.length > 0 &&
    client.length <= 100 &&
    sameSecret(presented, secret)
  ) {
    return `visitor:${client}`;
  }
  return `address:${request.ip}`;
}

/** A per-visitor rate limit for a route's `config.rateLimit`. */
export function perVisitor(max: number, timeWindow: string) {
  return { max, timeWindow, keyGenerator: visitorKey };
}
