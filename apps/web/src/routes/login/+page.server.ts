import { createApiClient } from '@mera/api-client';
import { fail, redirect } from '@sveltejs/kit';
import { API_URL } from '$app/env/private';
import { m } from '#lib/paraglide/messages.js';
import { cookieMaxAge, cookieName, getLocale } from '#lib/paraglide/runtime.js';
import { keptValues, secret, text, type FormFailure } from '#lib/forms.ts';
import { homeOf } from '#lib/server/destination.ts';
import { formProblem } from '#lib/server/problem.ts';
import { safeRedirectTarget } from '#lib/server/safe-redirect.ts';
import { anonymousApi, storeTokens, TENANT_COOKIE } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, cookies }) => {
  const back = url.searchParams.get('redirect');
  if (locals.person) {
    redirect(303, back ? safeRedirectTarget(back) : homeOf(locals.person, cookies.get(TENANT_COOKIE)));
  }
  return {
    redirectTo: back ? safeRedirectTarget(back) : '',
    ended: url.searchParams.get('reason') === 'ended' || locals.sessionEnded,
    verified: url.searchParams.get('verified') === '1',
    loggedOut: url.searchParams.get('reason') === 'logged_out',
    passwordReset: url.searchParams.get('reason') === 'password_reset',
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, locals }) => {
    const data = await request.formData();
    const values = keptValues(data, ['email', 'redirect']);
    const {
      data: tokens,
      error,
      response,
    } = await anonymousApi().POST('/api/v1/auth/login', {
      body: { email: text(data, 'email'), password: secret(data, 'password') },
    });
    if (!tokens) {
      return fail(response.status === 429 ? 429 : 400, {
        values,
        problem: formProblem(error, m.error_generic()),
      } satisfies FormFailure);
    }
    storeTokens(cookies, tokens, locals.secure);
    const me = await createApiClient(API_URL, {
      headers: { authorization: `Bearer ${tokens.accessToken}`, 'accept-language': getLocale() },
    }).GET('/api/v1/me');
    const person = me.data;
    // The person's own language from their profile, for this browser from now on.
    if (person && person.locale !== getLocale()) {
      cookies.set(cookieName, person.locale, {
        path: '/',
        maxAge: cookieMaxAge,
        sameSite: 'lax',
        httpOnly: false,
        secure: false,
      });
    }
    const back = text(data, 'redirect');
    redirect(
      303,
      back ? safeRedirectTarget(back) : person ? homeOf(person, cookies.get(TENANT_COOKIE)) : '/t',
    );
  },
};
