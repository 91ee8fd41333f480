import { createHash } from 'node:crypto';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type Renewal =
  { kind: 'renewed'; tokens: Tokens } | { kind: 'joined'; accessToken: string } | { kind: 'refused' };

/**
 * Serialises refreshes by the refresh token presented (its hash: a key only its holder can name). Presenting a
 * rotated refresh token twice is treated by the API as theft and ends the session, so two requests of one browser
 * that meet an expired access token together must not both present it: the second waits for the first.
 *
 * What the second caller gets is deliberately little (issue 12.4): the new access token, for its own API calls on
 * the server, while the first refresh is still in flight — never the tokens to store as cookies, and nothing once
 * the refresh is done. A spent refresh cookie presented afterwards goes to the API as it is, and the API's reuse
 * detection ends the session. (Results used to be kept for 30 s, so a spent cookie yielded the same new tokens.)
 */
export function refresher(
  call: (refreshToken: string) => Promise<Tokens | null>,
): (refreshToken: string) => Promise<Renewal> {
  const inFlight = new Map<string, Promise<Tokens | null>>();
  return async (refreshToken) => {
    const key = createHash('sha256').update(refreshToken).digest('base64url');
    const running = inFlight.get(key);
    if (running) {
      const tokens = await running;
      return tokens ? { kind: 'joined', accessToken: tokens.accessToken } : { kind: 'refused' };
    }
    const pending = call(refreshToken).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
    const tokens = await pending;
    return tokens ? { kind: 'renewed', tokens } : { kind: 'refused' };
  };
}
