import { m } from '#lib/paraglide/messages.js';
import type { MembershipSummary, Role } from '#lib/types.ts';

/** A role's name in the current language. */
export function roleName(role: Role): string {
  switch (role) {
    case 'admin':
      return m.role_admin();
    case 'quality_lead':
      return m.role_quality_lead();
    case 'staff':
      return m.role_staff();
    case 'inspector':
      return m.role_inspector();
    case 'viewer':
      return m.role_viewer();
  }
}

export function tenantKindName(kind: MembershipSummary['tenantKind']): string {
  switch (kind) {
    case 'provider':
      return m.tenant_kind_provider();
    case 'municipality':
      return m.tenant_kind_municipality();
    case 'agency':
      return m.tenant_kind_agency();
  }
}

/** Date and time as a Bulgarian (or English, Ukrainian) reader writes them. */
export function dateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function date(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
