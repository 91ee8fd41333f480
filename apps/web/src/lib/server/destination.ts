import type { Person } from '#lib/types.ts';

/**
 * Where a person lands after logging in without a page to return to: the organisation they used last, else their
 * only one, else the list to choose from.
 */
export function homeOf(person: Pick<Person, 'memberships'>, lastTenantId: string | undefined): string {
  const { memberships } = person;
  const last = memberships.find((membership) => membership.tenantId === lastTenantId);
  if (last) return `/t/${last.tenantId}`;
  const [only] = memberships;
  if (only && memberships.length === 1) return `/t/${only.tenantId}`;
  return '/t';
}
