import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { safeRedirectTarget } from '#lib/server/safe-redirect.ts';
import type { RequestHandler } from './$types';

/**
 * The language switcher posts here: a plain form, so it works without JavaScript. The cookie is the one
 * Paraglide's `cookie` strategy reads, on the server and in the browser (so it is not HttpOnly).
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get('locale');
  if (typeof locale === 'string' && isLocale(locale)) {
    cookies.set(cookieName, locale, {
      path: '/',
      maxAge: cookieMaxAge,
      sameSite: 'lax',
      httpOnly: false,
      secure: url.protocol === 'https:',
    });
  }
  redirect(303, safeRedirectTarget(form.get('redirect')));
};
