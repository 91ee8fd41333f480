import { addDays, addMonths, bgDate } from '@mera/calendar';
import { statusOf, type DueItem, type RuleContext } from './rules.ts';

/**
 * The deadlines of inspections (art. 30–34) as pure functions, in Europe/Sofia calendar days like every other rule:
 * the municipality's periodic inspection of each commissioned service (at least every two years, art. 30(2)), the
 * report within 10 days of the inspection (art. 33(1)), forwarding to the agency within 3 days of the mayor's
 * receipt (art. 34), and the prescriptions' deadlines — for the municipality that follows them up and for the
 * provider that must fulfil them.
 */

/** Art. 30(2): a funded service is inspected at least once every two years. */
export const INSPECTION_INTERVAL_MONTHS = 24;
/** Art. 33(1): the report within 10 days of the end of the inspection. */
export const REPORT_DAYS = 10;
/** Art. 34: forwarded to the agency within 3 days of the mayor's receipt. */
export const FORWARD_DAYS = 3;

/** The day the next periodic inspection is due: two years after the last one ended, or after the contract began. */
export function nextPeriodicInspection(lastInspectedOn: string | null, contractStartsOn: string): string {
  return addMonths(lastInspectedOn ?? contractStartsOn, INSPECTION_INTERVAL_MONTHS);
}

export interface CommissionedServiceFact {
  serviceId: string;
  serviceName: string;
  /** When the contract in force began. */
  contractStartsOn: string;
  /** The day the last signed inspection of the service ended. */
  lastInspectedOn: string | null;
  /** An inspection of it is ordered or under way. */
  inspectionOpen: boolean;
}

export interface InspectionFact {
  id: string;
  serviceId: string;
  serviceName: string;
  orderNumber: string;
  /** As ordered (art. 31(2)). */
  reportDueOn: string;
  /** The day the on-site work ended, if recorded: the report is then due within 10 days (art. 33(1)). */
  completedOn: string | null;
  signed: boolean;
  /** The day the signed report reached the mayor. */
  mayorReceivedOn: string | null;
  /** Non-conformities or other violations were found (art. 34). */
  needsForwarding: boolean;
  forwarded: boolean;
}

export interface PrescriptionFact {
  id: string;
  inspectionId: string;
  serviceId: string;
  serviceName: string;
  text: string;
  dueOn: string;
  done: boolean;
}

export interface InspectionFacts {
  /** The municipality's side; empty for a provider. */
  services: CommissionedServiceFact[];
  inspections: InspectionFact[];
  /** The prescriptions this tenant follows up (municipality) or must fulfil (provider). */
  prescriptions: PrescriptionFact[];
  side: 'municipality' | 'provider';
}

const inWindow = (date: string, ctx: RuleContext) => date >= ctx.from && date <= ctx.to;

/** Art. 30(2): the next periodic inspection two years after the last one ended, or after the contract began. */
export function periodicInspections(facts: InspectionFacts, ctx: RuleContext): DueItem[] {
  return facts.services.flatMap((s) => {
    const since = s.lastInspectedOn ?? s.contractStartsOn;
    const dueOn = nextPeriodicInspection(s.lastInspectedOn, s.contractStartsOn);
    // Overdue and not yet ordered: shown whatever the window, until an inspection is ordered.
    if (!inWindow(dueOn, ctx) && !(dueOn < ctx.from && !s.inspectionOpen)) return [];
    return [
      {
        key: `periodic_inspection:${s.serviceId}:${since}`,
        kind: 'periodic_inspection',
        serviceId: s.serviceId,
        title: {
          bg: `Периодична проверка на място (чл. 30, ал. 2) — ${s.serviceName}`,
          en: `Periodic on-site inspection (art. 30(2)) — ${s.serviceName}`,
          uk: `Періодична перевірка на місці (ст. 30(2)) — ${s.serviceName}`,
        },
        dueOn,
        // An ordered inspection answers the plan; the deadline is kept until its report is signed.
        status: s.inspectionOpen ? 'done' : statusOf(dueOn, ctx.today, false),
        tracked: true,
        target: null,
      } satisfies DueItem,
    ];
  });
}

/** Art. 33(1): the report as ordered, never later than 10 days after the inspection ended. */
export function inspectionReportDue(fact: Pick<InspectionFact, 'reportDueOn' | 'completedOn'>): string {
  if (!fact.completedOn) return fact.reportDueOn;
  const legal = addDays(fact.completedOn, REPORT_DAYS);
  return legal < fact.reportDueOn ? legal : fact.reportDueOn;
}

export function inspectionReports(facts: InspectionFacts, ctx: RuleContext): DueItem[] {
  return facts.inspections.flatMap((i) => {
    const dueOn = inspectionReportDue(i);
    if (!inWindow(dueOn, ctx)) return [];
    return [
      {
        key: `inspection_report:${i.id}`,
        kind: 'inspection_report',
        serviceId: i.serviceId,
        title: {
          bg: `Доклад от проверка по заповед № ${i.orderNumber} (чл. 33, ал. 1) — ${i.serviceName}`,
          en: `Report of the inspection by order No ${i.orderNumber} (art. 33(1)) — ${i.serviceName}`,
          uk: `Звіт про перевірку за наказом № ${i.orderNumber} (ст. 33(1)) — ${i.serviceName}`,
        },
        dueOn,
        status: statusOf(dueOn, ctx.today, i.signed),
        tracked: true,
        target: { type: 'inspection', id: i.id },
      } satisfies DueItem,
    ];
  });
}

/** Art. 34: within three days of the mayor's receipt of the report, to the agency. */
export function inspectionForwarding(facts: InspectionFacts, ctx: RuleContext): DueItem[] {
  return facts.inspections.flatMap((i) => {
    if (!i.needsForwarding || !i.mayorReceivedOn) return [];
    const dueOn = addDays(i.mayorReceivedOn, FORWARD_DAYS);
    if (!inWindow(dueOn, ctx)) return [];
    return [
      {
        key: `inspection_forwarding:${i.id}`,
        kind: 'inspection_forwarding',
        serviceId: i.serviceId,
        title: {
          bg: `Изпращане на доклада по заповед № ${i.orderNumber} на АКСУ (чл. 34, получен на ${bgDate(i.mayorReceivedOn)}) — ${i.serviceName}`,
          en: `Forward the report of order No ${i.orderNumber} to the agency (art. 34) — ${i.serviceName}`,
          uk: `Надіслати звіт за наказом № ${i.orderNumber} Агенції (ст. 34) — ${i.serviceName}`,
        },
        dueOn,
        status: statusOf(dueOn, ctx.today, i.forwarded),
        tracked: true,
        target: { type: 'inspection', id: i.id },
      } satisfies DueItem,
    ];
  });
}

export function inspectionPrescriptions(facts: InspectionFacts, ctx: RuleContext): DueItem[] {
  return facts.prescriptions
    .filter((p) => inWindow(p.dueOn, ctx))
    .map((p) => ({
      key: `prescription:${p.id}`,
      kind: 'prescription',
      serviceId: p.serviceId,
      title: {
        bg: `Предписание: ${p.text} — ${p.serviceName}`,
        en: `Prescription: ${p.text} — ${p.serviceName}`,
        uk: `Припис: ${p.text} — ${p.serviceName}`,
      },
      dueOn: p.dueOn,
      status: statusOf(p.dueOn, ctx.today, p.done),
      tracked: true,
      target: { type: 'inspection', id: p.inspectionId },
    }));
}
