import { createApiClient } from '@mera/api-client';
import { redirect } from '@sveltejs/kit';
import { API_URL } from '$app/env/private';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { keptValues, secret, text } from '#lib/forms.ts';
import { homeOf } from '#lib/server/destination.ts';
import { expectSession } from '#lib/server/guard.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { anonymousApi, storeTokens } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { data, error } = await anonymousApi().GET('/api/v1/invitations/{token}', {
    params: { path: { token: params.token } },
  });
  return {
    invitation: data ?? null,
    problem: data ? null : formProblem(error, m.error_generic()),
    signedInAs: locals.person?.email ?? null,
  };
};

export const actions: Actions = {
  /** A person who is logged in joins with their session. */
  join: async (event) => {
    const { data, error, response } = await event.locals.api.POST('/api/v1/invitations/{token}/accept', {
      params: { path: { token: event.params.token } },
      body: {},
    });
    expectSession(event, response);
    if (!data || !('tenantId' in data)) return refused(response, error);
    redirect(303, `/t/${data.tenantId}`);
  },
  /** Someone new creates their account with the invitation, and is logged in at once. */
  create: async ({ request, params, cookies, locals }) => {
    const form = await request.formData();
    const { data, error, response } = await anonymousApi().POST('/api/v1/invitations/{token}/accept', {
      params: { path: { token: params.token } },
      body: {
        displayName: text(form, 'displayName'),
        password: secret(form, 'password'),
        locale: getLocale(),
      },
    });
    if (!data || !('accessToken' in data)) {
      return refused(response, error, { values: keptValues(form, ['displayName']) });
    }
    storeTokens(cookies, data, locals.secure);
    const me = await createApiClient(API_URL, {
      headers: { authorization: `Bearer ${data.accessToken}`, 'accept-language': getLocale() },
    }).GET('/api/v1/me');
    redirect(303, me.data ? homeOf(me.data, undefined) : '/t');
  },
};
