import { requireMembership } from '#lib/server/guard.ts';
import { TENANT_COOKIE } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** Every page of an organisation: the person must be its member (checked against a fresh `/me`). */
export const load: LayoutServerLoad = (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  event.cookies.set(TENANT_COOKIE, membership.tenantId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: event.locals.secure,
    maxAge: 60 * 60 * 24 * 365,
  });
  return { membership };
};
