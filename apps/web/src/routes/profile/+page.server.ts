import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { keptValues, secret, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requirePerson } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const person = requirePerson(event);
  return { profile: { displayName: person.displayName, email: person.email, locale: person.locale } };
};

export const actions: Actions = {
  profile: async (event) => {
    requirePerson(event);
    const data = await event.request.formData();
    const locale = text(data, 'locale');
    const {
      data: person,
      error,
      response,
    } = await event.locals.api.PATCH('/api/v1/me', {
      body: { displayName: text(data, 'displayName'), ...(isLocale(locale) ? { locale } : {}) },
    });
    expectSession(event, response);
    if (!person) {
      return fail(400, {
        form: 'profile' as const,
        values: keptValues(data, ['displayName', 'locale']),
        problem: formProblem(error, m.error_generic()),
      } satisfies FormFailure & { form: 'profile' });
    }
    // The chosen language applies at once, on this browser too.
    event.cookies.set(cookieName, person.locale, {
      path: '/',
      maxAge: cookieMaxAge,
      sameSite: 'lax',
      httpOnly: false,
      secure: false,
    });
    event.locals.person = person;
    return { form: 'profile' as const, saved: true };
  },
  password: async (event) => {
    requirePerson(event);
    const data = await event.request.formData();
    const newPassword = secret(data, 'newPassword');
    if (newPassword !== secret(data, 'repeatPassword')) {
      return fail(400, {
        form: 'password' as const,
        values: {},
        problem: {
          title: m.password_mismatch_title(),
          code: 'mismatch',
          fields: { repeatPassword: m.password_mismatch() },
        },
      });
    }
    const { error, response } = await event.locals.api.POST('/api/v1/me/password', {
      body: { currentPassword: secret(data, 'currentPassword'), newPassword },
    });
    expectSession(event, response);
    if (!response.ok) {
      return fail(response.status >= 500 ? 502 : 400, {
        form: 'password' as const,
        values: {},
        problem: formProblem(error, m.error_generic()),
      });
    }
    return { form: 'password' as const, saved: true };
  },
};
