import type { Handle } from '@sveltejs/kit/hooks';
import { ORIGIN } from '$app/env/private';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { m } from '#lib/paraglide/messages.js';
import { isCrossSiteWrite, refusal } from '#lib/server/csrf.ts';
import { sessionApi } from '#lib/server/session.ts';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Every request: the locale (cookie, else Bulgarian) becomes the locale of every message rendered for it and of
 * `<html lang>`; a write from another site is refused; and the person behind the session cookies is loaded from
 * the API (`/me`), refreshing an expired access token silently on the way.
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, async ({ locale }) => {
    const selfOrigin = ORIGIN || event.url.origin;
    if (isCrossSiteWrite(event.request, selfOrigin)) {
      return refusal(event.request, m.error_cross_site());
    }

    const secure = selfOrigin.startsWith('https:');
    const session = sessionApi(event.cookies, secure);
    event.locals.api = session.api;
    event.locals.secure = secure;
    event.locals.person = null;
    event.locals.sessionEnded = false;
    if (session.hasSession()) {
      try {
        const { data } = await session.api.GET('/api/v1/me');
        event.locals.person = data ?? null;
      } catch {
        // The API is away: the page renders as for a visitor and says what it can.
      }
      event.locals.sessionEnded = session.ended();
    }

    const response = await resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
    // Served over https (production): browsers must never again reach Mera over plain http for a year (HSTS).
    // The Content-Security-Policy itself comes from SvelteKit (vite.config.ts).
    if (!secure) return response;
    try {
      response.headers.set('strict-transport-security', HSTS);
      return response;
    } catch {
      // a response whose headers are immutable (e.g. one passed on from fetch()): send a copy
      const copy = new Response(response.body, response);
      copy.headers.set('strict-transport-security', HSTS);
      return copy;
    }
  });
