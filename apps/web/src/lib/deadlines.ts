import { m } from '#lib/paraglide/messages.js';
import type { components } from '@mera/api-client';

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
