import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { keptValues, secret, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requirePerson } from '#lib/server/guard.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { NOTICE_EVENTS } from '#lib/notices.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const person = requirePerson(event);
  // Which notices the person wants, per organisation (a person may work for several).
  const notices = await Promise.all(
    person.memberships.map(async (membership) => {
      const { data } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/notice-preferences', {
        params: { path: { tenantId: membership.tenantId } },
      });
      return {
        tenantId: membership.tenantId,
        tenantName: membership.tenantName,
        choices: data?.choices ?? [],
      };
    }),
  );
  return {
    profile: { displayName: person.displayName, email: person.email, locale: person.locale },
    notices: notices.filter((n) => n.choices.length > 0),
  };
};

export const actions: Actions = {
  notices: async (event) => {
    requirePerson(event);
    const data = await event.request.formData();
    const tenantId = text(data, 'tenantId');
    // Every kind shown is sent: an unticked box is a kind turned off.
    const choices = NOTICE_EVENTS.map((event) => ({
      event,
      inApp: data.get(`inApp:${event}`) === 'on',
      email: data.get(`email:${event}`) === 'on',
    }));
    const { error, response } = await event.locals.api.PUT('/api/v1/tenants/{tenantId}/notice-preferences', {
      params: { path: { tenantId } },
      body: { choices },
    });
    expectSession(event, response);
    if (!response.ok) return refused(response, error, { form: 'notices' as const, tenantId });
    return { form: 'notices' as const, tenantId, saved: true };
  },
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
