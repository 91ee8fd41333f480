import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { keptValues, secret, text } from '#lib/forms.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * A municipality's invitation link (`/signup?invitation=<token>`) prefills the ЕИК and e-mail it was sent to and
 * says who invites; the API proposes the waiting contract when the organisation signs up with that ЕИК.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.person) redirect(303, '/t');
  const token = url.searchParams.get('invitation') ?? '';
  if (!token) return { invitation: null };
  const { data, error } = await anonymousApi().GET('/api/v1/provider-invitations/{token}', {
    params: { path: { token } },
  });
  if (!data) return { invitation: null, invitationProblem: formProblem(error, m.error_generic()).title };
  return { invitation: { ...data, token } };
};

const KEPT = [
  'organisation.legalName',
  'organisation.eik',
  'organisation.address',
  'organisation.contactEmail',
  'admin.displayName',
  'admin.email',
] as const;

export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const address = text(data, 'organisation.address');
    const contactEmail = text(data, 'organisation.contactEmail');
    const { error, response } = await anonymousApi().POST('/api/v1/auth/signup', {
      body: {
        organisation: {
          legalName: text(data, 'organisation.legalName'),
          // People type ЕИК with spaces or dots from paper documents; the digits are what counts.
          eik: text(data, 'organisation.eik').replace(/[\s.]/g, ''),
          ...(address ? { address } : {}),
          ...(contactEmail ? { contactEmail } : {}),
        },
        admin: {
          displayName: text(data, 'admin.displayName'),
          email: text(data, 'admin.email'),
          password: secret(data, 'admin.password'),
        },
        locale: getLocale(),
        ...(text(data, 'invitation') ? { invitation: text(data, 'invitation') } : {}),
      },
    });
    if (!response.ok) {
      return refused(response, error, { values: keptValues(data, KEPT) });
    }
    redirect(303, '/signup/check-email');
  },
};
