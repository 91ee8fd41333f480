import type { Handle } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

/**
 * Resolves the locale per request (cookie, else Bulgarian), makes it the locale of every message rendered for
 * this request, and writes it into `<html lang>`. With the cookie strategy the middleware hands back the request
 * unchanged (only the URL strategy rewrites it), so SvelteKit's read-only `event.request` stays as it is.
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    }),
  );
