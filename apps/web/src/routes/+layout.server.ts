import { readApiMeta } from '#lib/server/api-status.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** The header needs the person (name, organisations, what their role allows) and the API's version. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
  const person = locals.person;
  const tenantId = 'tenantId' in params ? params.tenantId : undefined;
  return {
    apiMeta: await readApiMeta(anonymousApi()),
    person: person
      ? { displayName: person.displayName, email: person.email, memberships: person.memberships }
      : null,
    currentTenantId: tenantId ?? null,
  };
};
