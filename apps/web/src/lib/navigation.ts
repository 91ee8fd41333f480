import { resolve } from '$app/paths';
import { m } from '#lib/paraglide/messages.js';
import type { MembershipSummary } from '#lib/types.ts';

export interface NavLink {
  href: string;
  label: string;
  /** Current only on this exact path (the home page), not on every path under it. */
  exact?: boolean;
}

export interface NavGroup {
  id: string;
  label: string;
  links: NavLink[];
}

/**
 * The main navigation as a handful of named groups (at most seven), each holding what belongs together for the
 * person's kind of organisation — instead of one row of seventeen links. A group appears only when the person's role
 * allows something in it (the API checks again).
 */
export function navigationGroups(current: MembershipSummary | null, signedIn: boolean): NavGroup[] {
  if (!signedIn)
    return [
      {
        id: 'start',
        label: m.nav_home(),
        links: [
          { href: resolve('/'), label: m.nav_home(), exact: true },
          { href: resolve('/catalogue'), label: m.nav_catalogue() },
        ],
      },
    ];
  if (!current)
    return [
      {
        id: 'start',
        label: m.nav_tenants(),
        links: [
          { href: resolve('/t'), label: m.nav_tenants(), exact: true },
          { href: resolve('/catalogue'), label: m.nav_catalogue() },
          { href: resolve('/profile'), label: m.nav_profile() },
        ],
      },
    ];
  const tenantId = current.tenantId;
  const can = (permission: string) => current.permissions.includes(permission);
  const provider = current.tenantKind === 'provider';
  const municipality = current.tenantKind === 'municipality';
  const link = (ok: boolean, href: string, label: string): NavLink[] => (ok ? [{ href, label }] : []);
  const groups: NavGroup[] = [
    {
      id: 'home',
      label: m.nav_home(),
      links: [{ href: resolve('/t/[tenantId]', { tenantId }), label: m.nav_home(), exact: true }],
    },
  ];
  if (provider) {
    groups.push(
      {
        id: 'services',
        label: m.nav_group_services(),
        links: [
          ...link(can('services.read'), resolve('/t/[tenantId]/services', { tenantId }), m.nav_services()),
          ...link(can('staff.read'), resolve('/t/[tenantId]/staff', { tenantId }), m.staff_title()),
          { href: resolve('/catalogue'), label: m.nav_catalogue() },
        ],
      },
      {
        id: 'quality',
        label: m.nav_group_quality(),
        links: [
          ...link(
            can('assessments.read'),
            resolve('/t/[tenantId]/assessments', { tenantId }),
            m.nav_assessments(),
          ),
          ...link(can('meetings.read'), resolve('/t/[tenantId]/meetings', { tenantId }), m.nav_meetings()),
          ...link(can('surveys.read'), resolve('/t/[tenantId]/surveys', { tenantId }), m.survey_nav()),
          ...link(can('deadlines.read'), resolve('/t/[tenantId]/deadlines', { tenantId }), m.deadline_nav()),
        ],
      },
      {
        id: 'documents',
        label: m.nav_group_documents(),
        links: [
          ...link(can('programme.read'), resolve('/t/[tenantId]/programme', { tenantId }), m.nav_programme()),
          ...link(can('reports.read'), resolve('/t/[tenantId]/reports', { tenantId }), m.nav_reports()),
          ...link(can('evidence.read'), resolve('/t/[tenantId]/documents', { tenantId }), m.nav_documents()),
          ...link(
            can('reports.read'),
            resolve('/t/[tenantId]/quality-system', { tenantId }),
            m.nav_quality_system(),
          ),
        ],
      },
      {
        id: 'municipality',
        label: m.nav_group_municipality(),
        links: [
          ...link(can('contracts.read'), resolve('/t/[tenantId]/contracts', { tenantId }), m.nav_contracts()),
          ...link(
            can('inspections.read'),
            resolve('/t/[tenantId]/inspections', { tenantId }),
            m.inspection_nav(),
          ),
        ],
      },
    );
  } else {
    groups.push(
      {
        id: 'oversight',
        label: m.nav_group_oversight(),
        links: [
          ...link(can('oversight.read'), resolve('/t/[tenantId]/oversight', { tenantId }), m.nav_oversight()),
          ...link(can('services.read'), resolve('/t/[tenantId]/services', { tenantId }), m.nav_services()),
          ...link(
            can('oversight.read') && municipality,
            resolve('/t/[tenantId]/monitoring', { tenantId }),
            m.monitoring_year_nav(),
          ),
          { href: resolve('/catalogue'), label: m.nav_catalogue() },
        ],
      },
      {
        id: 'inspections',
        label: m.nav_group_inspections(),
        links: [
          ...link(
            can('inspections.read'),
            resolve('/t/[tenantId]/inspections', { tenantId }),
            m.inspection_nav(),
          ),
          ...link(
            can('deadlines.read') && municipality,
            resolve('/t/[tenantId]/deadlines', { tenantId }),
            m.deadline_nav(),
          ),
        ],
      },
      {
        id: 'received',
        label: m.nav_group_received(),
        links: [
          ...link(can('oversight.read'), resolve('/t/[tenantId]/inbox', { tenantId }), m.nav_inbox()),
          ...link(can('contracts.read'), resolve('/t/[tenantId]/contracts', { tenantId }), m.nav_contracts()),
        ],
      },
    );
  }
  groups.push({
    id: 'organisation',
    label: m.nav_group_organisation(),
    links: [
      ...link(can('members.read'), resolve('/t/[tenantId]/members', { tenantId }), m.nav_members()),
      ...link(
        can('invitations.manage'),
        resolve('/t/[tenantId]/invitations', { tenantId }),
        m.nav_invitations(),
      ),
      ...link(can('audit.read'), resolve('/t/[tenantId]/audit', { tenantId }), m.nav_audit()),
      { href: resolve('/profile'), label: m.nav_profile() },
    ],
  });
  return groups.filter((group) => group.links.length > 0);
}
