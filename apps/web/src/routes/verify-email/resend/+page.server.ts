import { emailLinkAction } from '#lib/server/email-link.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions } from './$types';

/** "Send the verification e-mail again": the same answer whether or not the address has an unconfirmed account. */
export const actions: Actions = {
  default: ({ request }) =>
    emailLinkAction(request, (email) =>
      anonymousApi().POST('/api/v1/auth/verify-email/resend', { body: { email } }),
    ),
};
