import type { Handle } from '@sveltejs/kit/hooks';
import { ORIGIN } from '$app/env/private';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { m } from '#lib/paraglide/messages.js';
import { isCrossSiteWrite, refusal } from '#lib/server/csrf.ts';
import { sessionApi } from '#lib/server/session.ts';

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

    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });
