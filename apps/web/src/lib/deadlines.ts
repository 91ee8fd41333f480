import { resolve } from '$app/paths';
import { m } from '#lib/paraglide/messages.js';
import type { components } from '@mera/api-client';

/** What the API says an item is about: its kind, its service, and the one record it concerns, if any. */
export interface DeadlineSubject {
  kind: string;
  serviceId: string | null;
  target: { type: 'programme' | 'inspection'; id: string } | null;
}

/**
 * Where in the web app a deadline's work is done. The API says what the item is; the pages are the web app's, so the
 * mapping lives here (an unknown kind goes to the deadlines page).
 */
export function deadlineHref(tenantId: string, item: DeadlineSubject): string {
  if (item.target?.type === 'programme')
    return resolve('/t/[tenantId]/programme/[programmeId]', { tenantId, programmeId: item.target.id });
  if (item.target?.type === 'inspection')
    return resolve('/t/[tenantId]/inspections/[inspectionId]', { tenantId, inspectionId: item.target.id });
  switch (item.kind) {
    case 'periodic_check':
      return resolve('/t/[tenantId]/assessments', { tenantId });
    case 'team_meeting':
    case 'head_meeting':
      return resolve('/t/[tenantId]/meetings', { tenantId });
    case 'semiannual_analysis':
    case 'annual_report':
      return resolve('/t/[tenantId]/reports', { tenantId });
    case 'document_review':
      return resolve('/t/[tenantId]/documents', { tenantId });
    case 'periodic_inspection':
      return resolve('/t/[tenantId]/inspections', { tenantId });
    case 'specialised_training':
    case 'appraisal':
    case 'group_supervision':
      return item.serviceId
        ? resolve('/t/[tenantId]/staff/[serviceId]', { tenantId, serviceId: item.serviceId })
        : resolve('/t/[tenantId]/staff', { tenantId });
    default:
      return resolve('/t/[tenantId]/deadlines', { tenantId });
  }
}

export type DueItem = components['schemas']['DueItem'];

export const kindName = (kind: string): string =>
  ({
    periodic_check: m.deadline_kind_periodic_check(),
    team_meeting: m.deadline_kind_team_meeting(),
    head_meeting: m.deadline_kind_head_meeting(),
    semiannual_analysis: m.deadline_kind_semiannual_analysis(),
    annual_report: m.deadline_kind_annual_report(),
    programme_review: m.deadline_kind_programme_review(),
    document_review: m.deadline_kind_document_review(),
    group_supervision: m.deadline_kind_group_supervision(),
    specialised_training: m.deadline_kind_specialised_training(),
    appraisal: m.deadline_kind_appraisal(),
    periodic_inspection: m.deadline_kind_periodic_inspection(),
    inspection_report: m.deadline_kind_inspection_report(),
    inspection_forwarding: m.deadline_kind_inspection_forwarding(),
    prescription: m.deadline_kind_prescription(),
  })[kind] ?? kind;

export const statusName = (item: Pick<DueItem, 'status' | 'tracked'>): string =>
  !item.tracked && item.status === 'overdue'
    ? m.deadline_status_untracked()
    : ({
        overdue: m.deadline_status_overdue(),
        due: m.deadline_status_due(),
        upcoming: m.deadline_status_upcoming(),
        done: m.deadline_status_done(),
      }[item.status] ?? item.status);

/** What the deadlines page calls overdue — the API's summary counts exactly these (deadlines/summary.ts). */
export const isOverdue = (item: Pick<DueItem, 'status' | 'tracked'>) =>
  item.status === 'overdue' && item.tracked;

export interface ServiceBlock {
  serviceId: string | null;
  serviceName: string;
  items: DueItem[];
}

export interface KindGroup {
  kind: string;
  label: string;
  count: number;
  /** The earliest due date in the group: groups are ordered by it, the most urgent first. */
  firstDue: string;
  services: ServiceBlock[];
}

/**
 * A long list of deadlines as a work list: grouped by kind, then by service, the group whose earliest item is most
 * urgent first; inside a service the items keep the API's order (by due date). A page of 86 lines becomes a handful of
 * groups one can open one at a time.
 */
export function groupByKindAndService(
  items: DueItem[],
  serviceNames: ReadonlyMap<string, string>,
  wholeOrganisation: string,
): KindGroup[] {
  const kinds = new Map<string, KindGroup>();
  for (const item of items) {
    const group = kinds.get(item.kind) ?? {
      kind: item.kind,
      label: kindName(item.kind),
      count: 0,
      firstDue: item.dueOn,
      services: [],
    };
    kinds.set(item.kind, group);
    group.count++;
    if (item.dueOn < group.firstDue) group.firstDue = item.dueOn;
    let block = group.services.find((s) => s.serviceId === item.serviceId);
    if (!block) {
      block = {
        serviceId: item.serviceId,
        serviceName: (item.serviceId && serviceNames.get(item.serviceId)) || wholeOrganisation,
        items: [],
      };
      group.services.push(block);
    }
    block.items.push(item);
  }
  const groups = [...kinds.values()];
  for (const group of groups)
    group.services.sort((a, b) => (a.items[0]?.dueOn ?? '').localeCompare(b.items[0]?.dueOn ?? ''));
  return groups.sort((a, b) => a.firstDue.localeCompare(b.firstDue) || b.count - a.count);
}
