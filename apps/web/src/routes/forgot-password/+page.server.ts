import { emailLinkAction } from '#lib/server/email-link.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions } from './$types';

/**
 * "Forgotten password": the API e-mails a one-time link when the address has an account, and answers the same
 * either way — so this page says "if there is an account" and never which.
 */
export const actions: Actions = {
  default: ({ request }) =>
    emailLinkAction(request, (email) =>
      anonymousApi().POST('/api/v1/auth/password-reset', { body: { email } }),
    ),
};
