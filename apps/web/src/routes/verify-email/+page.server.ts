import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { formProblem } from '#lib/server/problem.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The e-mailed link opens this page; the confirmation itself is a button (POST). Mail filters and link previews
 * open links on their own, and a GET that used up the token would leave the person with a "link used" error.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const { error, response } = await anonymousApi().POST('/api/v1/auth/verify-email', {
      body: { token: text(data, 'token') },
    });
    if (!response.ok) return fail(400, { problem: formProblem(error, m.error_generic()) });
    redirect(303, '/login?verified=1');
  },
};
