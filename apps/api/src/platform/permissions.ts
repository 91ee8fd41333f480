import type { Role, TenantKind } from '@mera/db';

/**
 * What each role may do in a tenant — the one place this is decided. Routes name a permission; the tenant-scope
 * hook checks it before the handler runs. Adding a permission here and to a route is all it takes.
 */
export const PERMISSIONS = {
  'tenant.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'tenant.manage': ['admin'],
  'members.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'members.manage': ['admin'],
  'invitations.manage': ['admin'],
  'audit.read': ['admin'],
  'services.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'services.manage': ['admin', 'quality_lead'],
  'contracts.read': ['admin', 'quality_lead', 'inspector', 'viewer'],
  'contracts.manage': ['admin'],
  'oversight.read': ['admin', 'quality_lead', 'inspector', 'viewer'],
  // The mayor's yearly monitoring (art. 35): written and approved by the municipality's admin or quality lead.
  'monitoring.manage': ['admin', 'quality_lead'],
  // The municipality's comments on received reports and programmes (art. 16(2), 20(2)).
  'received.comment': ['admin', 'quality_lead', 'inspector'],
  'meetings.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'meetings.manage': ['admin', 'quality_lead', 'staff'],
  'programme.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'programme.manage': ['admin', 'quality_lead'],
  'programme.progress': ['admin', 'quality_lead', 'staff'],
  'evidence.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'evidence.manage': ['admin', 'quality_lead', 'staff'],
  'assessments.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'assessments.manage': ['admin', 'quality_lead'],
  'assessments.fill': ['admin', 'quality_lead', 'staff'],
  'reports.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'reports.manage': ['admin', 'quality_lead'],
  // The staff register names employees: not shown to a municipality's inspectors (their oversight is the service's
  // monitoring records; the Ordinance gives them staff interviews and documents at an inspection, not the register).
  'staff.read': ['admin', 'quality_lead', 'staff', 'viewer'],
  'staff.manage': ['admin', 'quality_lead'],
  'surveys.read': ['admin', 'quality_lead', 'staff', 'viewer'],
  'surveys.manage': ['admin', 'quality_lead'],
  // Inspections (art. 30–34): the provider's people read the signed reports about their services too.
  'inspections.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
  'inspections.manage': ['admin', 'quality_lead'],
  'inspections.conduct': ['admin', 'quality_lead', 'inspector'],
  'deadlines.read': ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Everything a role may do, for the UI to show or hide actions (the API checks again). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
}

/** Which kinds of tenant may commission (municipality) and be commissioned (provider). */
export const COMMISSIONING: { proposes: TenantKind; accepts: TenantKind } = {
  proposes: 'municipality',
  accepts: 'provider',
};
