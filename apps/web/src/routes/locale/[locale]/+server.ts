import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { safeRedirectTarget } from '#lib/server/safe-redirect.ts';
import type { RequestHandler } from './$types';

/**
 * The language switcher's links land here: `/locale/en?redirect=/where/I/was`. A plain link, so it works without
 * JavaScript; a GET, because choosing a display language changes nothing but a preference (no CSRF concern, and
 * no form origin check, which adapter-node 6 cannot pass on plain HTTP without a proxy).
 *
 * The cookie is the one Paraglide's `cookie` strategy reads on the server and in the browser, so it is not
 * HttpOnly; it holds no secret, so it is not `Secure` either (the app may be served over plain HTTP on a LAN).
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
  if (isLocale(params.locale)) {
    cookies.set(cookieName, params.locale, {
      path: '/',
      maxAge: cookieMaxAge,
      sameSite: 'lax',
      httpOnly: false,
      secure: false,
    });
  }
  redirect(303, safeRedirectTarget(url.searchParams.get('redirect')));
};
