import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { MembershipSummary, Person } from '#lib/types.ts';

/** The login page, coming back here afterwards. */
export function loginUrl(event: Pick<RequestEvent, 'url' | 'locals'>, path?: string): string {
  const back = path ?? event.url.pathname + event.url.search;
  const params = new URLSearchParams({ redirect: back });
  if (event.locals.sessionEnded) params.set('reason', 'ended');
  return `/login?${params.toString()}`;
}

/** The person, or a redirect to the login page that comes back here. */
export function requirePerson(event: Pick<RequestEvent, 'url' | 'locals'>): Person {
  const person = event.locals.person;
  if (!person) redirect(303, loginUrl(event));
  return person;
}

/** The person's membership in the tenant of the URL; 404 when there is none (never "forbidden": see API). */
export function requireMembership(
  event: Pick<RequestEvent, 'url' | 'locals'>,
  tenantId: string,
): { person: Person; membership: MembershipSummary } {
  const person = requirePerson(event);
  const membership = person.memberships.find((candidate) => candidate.tenantId === tenantId);
  if (!membership) error(404, 'not_member');
  return { person, membership };
}

/** 403 unless the role may do this; the API checks again. */
export function requirePermission(membership: MembershipSummary, permission: string): void {
  if (!membership.permissions.includes(permission)) error(403, 'forbidden');
}

/**
 * After an API call in a load or action: a 401 means the session ended mid-request (the silent refresh already
 * failed), so go and log in again.
 */
export function expectSession(event: Pick<RequestEvent, 'url' | 'locals'>, response: Response): void {
  if (response.status === 401) {
    event.locals.sessionEnded = true;
    redirect(303, loginUrl(event));
  }
}
