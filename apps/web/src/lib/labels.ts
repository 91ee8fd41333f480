import { m } from '#lib/paraglide/messages.js';
import type { MembershipSummary, Role } from '#lib/types.ts';

/**
 * A value's name in the current language, from one message per value: `names<Role>({ admin: m.role_admin, … })`.
 * The messages are read when a name is asked for (the page's language at that moment); a value the map does not
 * know — one a newer API sends — shows as itself rather than as nothing.
 */
export function names<K extends string>(messages: Record<K, () => string>): (value: string) => string {
  const known = messages as Record<string, () => string>;
  return (value) => (Object.hasOwn(known, value) ? (known[value]?.() ?? value) : value);
}

/** A role's name in the current language. */
export const roleName = names<Role>({
  admin: m.role_admin,
  quality_lead: m.role_quality_lead,
  staff: m.role_staff,
  inspector: m.role_inspector,
  viewer: m.role_viewer,
});

export const tenantKindName = names<MembershipSummary['tenantKind']>({
  provider: m.tenant_kind_provider,
  municipality: m.tenant_kind_municipality,
  agency: m.tenant_kind_agency,
});

/** Date and time as a Bulgarian (or English, Ukrainian) reader writes them. */
export function dateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function date(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
