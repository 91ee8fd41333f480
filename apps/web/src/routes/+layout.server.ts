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
  // The header's count of overdue deadlines: the API's own summary, the very count the deadlines page lists as
  // overdue (it used to be the unread reminders, which the daily job makes only for some roles and a month back).
  // The bell: how many notices of what others did this person has not read yet (every member gets notices).
  const inTenant = person?.memberships.some((m) => m.tenantId === tenantId);
  const [apiMeta, summary, unreadNotices] = await Promise.all([
    readApiMeta(anonymousApi()),
    member && tenantId && member.tenantKind !== 'agency'
      ? locals.api
          .GET('/api/v1/tenants/{tenantId}/deadlines/summary', { params: { path: { tenantId } } })
          .then((r) => r.data ?? null)
          .catch(() => null)
      : null,
    inTenant && tenantId
      ? locals.api
          .GET('/api/v1/tenants/{tenantId}/notices', {
            params: { path: { tenantId }, query: { unread: true, limit: 1 } },
          })
          .then((r) => r.data?.unread ?? null)
          .catch(() => null)
      : null,
  ]);
  return {
    apiMeta,
    deadlineSummary: summary,
    unreadNotices,
    person: person
      ? { displayName: person.displayName, email: person.email, memberships: person.memberships }
      : null,
    currentTenantId: tenantId ?? null,
  };
};
