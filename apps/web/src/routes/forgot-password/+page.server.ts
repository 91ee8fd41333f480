import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { formProblem } from '#lib/server/problem.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions } from './$types';

/**
 * "Forgotten password": the API e-mails a one-time link when the address has an account, and answers the same
 * either way — so this page says "if there is an account" and never which.
 */
export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const values = keptValues(data, ['email']);
    const { error, response } = await anonymousApi().POST('/api/v1/auth/password-reset', {
      body: { email: text(data, 'email') },
    });
    if (!response.ok) {
      return fail(response.status === 429 ? 429 : 400, {
        values,
        problem: formProblem(error, m.error_generic()),
      } satisfies FormFailure);
    }
    return { sent: true, values };
  },
};
