import { ORIGIN } from '$app/env/private';
import { safeRedirectTarget } from '#lib/server/safe-redirect.ts';
import type { PageServerLoad } from './$types';

/**
 * Where a refused form post lands (see lib/server/csrf.ts): the way back to the form, and — when the page was opened
 * at an address other than the app's own (the usual cause) — a link to the same form at the right address.
 */
export const load: PageServerLoad = ({ url, request }) => {
  const back = safeRedirectTarget(url.searchParams.get('back'));
  const own = ORIGIN ? new URL(ORIGIN) : null;
  const elsewhere = own !== null && request.headers.get('host') !== own.host;
  return {
    back,
    ownAddress: elsewhere && own ? new URL(back, own).toString() : null,
    origin: own?.origin ?? '',
  };
};
