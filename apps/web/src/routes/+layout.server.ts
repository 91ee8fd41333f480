import { readApiMeta } from '#lib/server/api-status.ts';
import { anonymousApi } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/** The header needs the person (name, organisations, what their role allows) and the API's version. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
  const person = locals.person;
  const tenantId = 'tenantId' in params ? params.tenantId : undefined;
  const member = person?.memberships.find(
    (m) => m.tenantId === tenantId && m.permissions.includes('deadlines.read'),
  );
  // The header's reminder indicator: the person's unread reminders in the organisation being viewed.
  const [apiMeta, notifications] = await Promise.all([
    readApiMeta(anonymousApi()),
    member && tenantId
      ? locals.api
          .GET('/api/v1/tenants/{tenantId}/notifications', {
            params: { path: { tenantId }, query: { unread: true, limit: 1 } },
          })
          .then((r) => r.data ?? null)
          .catch(() => null)
      : null,
  ]);
  return {
    apiMeta,
    unreadNotifications: notifications ? notifications.unread : null,
    person: person
      ? { displayName: person.displayName, email: person.email, memberships: person.memberships }
      : null,
    currentTenantId: tenantId ?? null,
  };
};
