import { createApiClient, type ApiClient } from '@mera/api-client';
import type { Cookies } from '@sveltejs/kit';
import { API_URL } from '$app/env/private';
import { getLocale } from '#lib/paraglide/runtime.js';
import { addVisitorHeaders } from '#lib/server/web-tier.ts';
import { refresher, type Tokens } from '#lib/server/refresh.ts';

/**
 * The web app is the API's only browser-facing client (a "backend for frontend"): it logs in against the API and
 * keeps the two tokens in its own httpOnly cookies on the web origin. JavaScript in the page never sees a token.
 * Names differ from the API's own cookies (`mera_access`), which would otherwise collide on `localhost`.
 */
export const ACCESS_COOKIE = 'mera_web_access';
export const REFRESH_COOKIE = 'mera_web_refresh';
/** The organisation the person last opened: where to go after login. Not a secret, but httpOnly all the same. */
export const TENANT_COOKIE = 'mera_web_tenant';

export type { Tokens } from '#lib/server/refresh.ts';

export function storeTokens(cookies: Cookies, tokens: Tokens, secure: boolean): void {
  const options = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    // Both live as long as the refresh token: an expired access token is still worth sending, because the API's
    // `token_expired` answer is what starts the silent refresh.
    expires: new Date(tokens.refreshTokenExpiresAt),
  } as const;
  cookies.set(ACCESS_COOKIE, tokens.accessToken, options);
  cookies.set(REFRESH_COOKIE, tokens.refreshToken, options);
}

export function clearTokens(cookies: Cookies, secure: boolean): void {
  for (const name of [ACCESS_COOKIE, REFRESH_COOKIE])
    cookies.delete(name, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** A client for calls that need no session (sign-up, login, public invitation preview). */
export function anonymousApi(): ApiClient {
  return createApiClient(API_URL, {
    fetch: (request: Request) => {
      const headers = new Headers(request.headers);
      headers.set('accept-language', getLocale());
      addVisitorHeaders(headers);
      return fetch(new Request(request, { headers }));
    },
  });
}

/** One refresh per refresh token while it is in flight; a second caller gets no tokens as cookies (refresh.ts). */
export const refreshSession = refresher((refreshToken) =>
  anonymousApi()
    .POST('/api/v1/auth/refresh', { body: { refreshToken } })
    .then(
      ({ data }) => data ?? null,
      () => null,
    ),
);

async function codeOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string'
      ? body.code
      : undefined;
  } catch {
    return undefined;
  }
}

export interface SessionApi {
  api: ApiClient;
  /** True once the session was found to be over (refresh refused): the cookies are cleared. */
  ended(): boolean;
  hasSession(): boolean;
}

/**
 * The API client for one web request, acting as the person whose cookies came with it. When the API answers
 * `401 token_expired`, it refreshes silently with the refresh cookie, stores the new pair and retries once; when
 * the refresh is refused, it clears the cookies and the caller sends the person to the login page.
 */
export function sessionApi(cookies: Cookies, secure: boolean): SessionApi {
  let access = cookies.get(ACCESS_COOKIE);
  let refresh = cookies.get(REFRESH_COOKIE);
  let ended = false;

  function end(): void {
    ended = true;
    access = undefined;
    refresh = undefined;
    clearTokens(cookies, secure);
  }

  // The loads of one page request run together and share one renewal.
  let renewal: Promise<boolean> | undefined;
  function renew(presented: string): Promise<boolean> {
    renewal ??= refreshSession(presented).then((outcome) => {
      if (outcome.kind === 'refused') {
        end();
        return false;
      }
      if (outcome.kind === 'joined') {
        // Another request of this browser renewed the session a moment ago and sets the cookies; this one only
        // borrows the access token for its own calls and never presents the spent refresh token again.
        access = outcome.accessToken;
        refresh = undefined;
        return true;
      }
      access = outcome.tokens.accessToken;
      refresh = outcome.tokens.refreshToken;
      storeTokens(cookies, outcome.tokens, secure);
      return true;
    });
    return renewal;
  }

  const send = (request: Request) => {
    const headers = new Headers(request.headers);
    headers.set('accept-language', getLocale());
    if (access) headers.set('authorization', `Bearer ${access}`);
    addVisitorHeaders(headers);
    return fetch(new Request(request, { headers }));
  };

  const api = createApiClient(API_URL, {
    fetch: async (request: Request) => {
      if (!access && refresh) await renew(refresh);
      const again = request.clone();
      const usedAccess = access;
      const usedRefresh = refresh;
      const response = await send(request);
      if (response.status !== 401 || (!usedAccess && !usedRefresh)) return response;
      if (usedRefresh && (await codeOf(response)) === 'token_expired') {
        // Several calls of one page load may meet the expiry together: the first renews, the others share it.
        if (access === usedAccess && !(await renew(usedRefresh))) return response;
        return access ? send(again) : response;
      }
      end(); // a token the API refuses outright: this session is over
      return response;
    },
  });

  return { api, ended: () => ended, hasSession: () => Boolean(access ?? refresh) };
}
