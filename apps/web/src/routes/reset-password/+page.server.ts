import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { secret, text } from '#lib/forms.ts';
import { formProblem } from '#lib/server/problem.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The e-mailed link opens this page; the new password is sent with the link's token (POST). The link works once and
 * for an hour; the API ends every session of the account when the password changes.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const token = text(data, 'token');
    const { error, response } = await anonymousApi().POST('/api/v1/auth/password-reset/confirm', {
      body: { token, password: secret(data, 'password') },
    });
    if (!response.ok) {
      return fail(response.status === 429 ? 429 : 400, {
        token,
        problem: formProblem(error, m.error_generic()),
      });
    }
    redirect(303, '/login?reason=password_reset');
  },
};
