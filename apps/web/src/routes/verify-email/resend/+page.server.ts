import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { formProblem } from '#lib/server/problem.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions } from './$types';

/** "Send the verification e-mail again": the same answer whether or not the address has an unconfirmed account. */
export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const values = keptValues(data, ['email']);
    const { error, response } = await anonymousApi().POST('/api/v1/auth/verify-email/resend', {
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
