import { createHash, randomBytes } from 'node:crypto';
import { getRequestEvent } from '$app/server';
import { WEB_TIER_SECRET } from '$app/env/private';

// Made at start-up and kept in memory: the API sees a stable name per visitor, never the address, and nothing links
// the names across restarts.
const salt = randomBytes(16);

/**
 * Names the visitor this API call is made for (issue 12.5). Every call reaches the API from the web server, so
 * without this the API's rate limits would count all visitors as one. The API believes `x-mera-client` only with
 * the shared secret (`WEB_TIER_SECRET`); see docs/security.md.
 */
export function addVisitorHeaders(headers: Headers): void {
  if (!WEB_TIER_SECRET) return;
  let address: string;
  try {
    address = getRequestEvent().getClientAddress();
  } catch {
    return; // not during a request (nothing calls the API then, but never fail for it)
  }
  headers.set('x-mera-web', WEB_TIER_SECRET);
  headers.set('x-mera-client', createHash('sha256').update(salt).update(address).digest('base64url'));
}
