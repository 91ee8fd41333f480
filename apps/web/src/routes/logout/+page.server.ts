import { redirect } from '@sveltejs/kit';
import { clearTokens } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

/** Nothing to show: logging out is a POST (a link could be followed by a prefetch or another site). */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    if (locals.person) {
      // Ends the session at the API too, so the refresh token cannot be used again; a failure here must not
      // keep the person logged in on this browser.
      await locals.api.POST('/api/v1/auth/logout').catch(() => undefined);
    }
    clearTokens(cookies, locals.secure);
    redirect(303, '/login?reason=logged_out');
  },
};
