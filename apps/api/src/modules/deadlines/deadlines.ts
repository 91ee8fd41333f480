import type { EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { ORDINANCE_STAFF_NORMS } from '../staff/index.ts';
import { addDays, daysBetween, isDate, sofiaDate } from '@mera/calendar';
import {
  inspectionForwarding,
  inspectionPrescriptions,
  inspectionReports,
  periodicInspections,
  type InspectionFacts,
} from './inspection-rules.ts';
import { groupSupervisions, yearlyStaffDevelopment, type StaffServiceFact } from './staff-rules.ts';
import {
  annualReports,
  documentReviews,
  monthlyMeetings,
  periodicChecks,
  programmeReviews,
  semiAnnualAnalyses,
  sortItems,
  type AssessmentFact,
  type DocumentFact,
  type DueItem,
  type MeetingFact,
  type ProgrammeFact,
  type ReportFacts,
  type RuleContext,
  type ServiceFact,
} from './rules.ts';

/**
 * A source of deadlines: what it reads from the tenant's data (under row-level security, always filtered by the
 * tenant itself — a municipality can read commissioned services, and those are not its deadlines) and the pure
 * rules that turn it into due items. Issue 6 adds staff training and supervision and inspections by adding
 * entries to `DEADLINE_SOURCES`; nothing else changes.
 */
export interface DeadlineSource<F> {
  id: string;
  load(em: EntityManager, ctx: RuleContext): Promise<F>;
  rules: ((facts: F, ctx: RuleContext) => DueItem[])[];
}

function source<F>(definition: DeadlineSource<F>): DeadlineSource<unknown> {
  return definition as DeadlineSource<unknown>;
}

async function loadServices(em: EntityManager, ctx: RuleContext): Promise<ServiceFact[]> {
  return em.execute<ServiceFact[]>(
    `select id, name, coalesce(started_on, (created_at at time zone 'Europe/Sofia')::date)::text as since
     from service where tenant_id = ? order by name, id`,
    [ctx.tenantId],
  );
}

/** The services that keep a staff register, with what the staff rules need for the years of the window. */
async function loadStaff(em: EntityManager, ctx: RuleContext): Promise<{ services: StaffServiceFact[] }> {
  const members = await em.execute<
    {
      id: string;
      service_id: string;
      service_name: string;
      started_on: string;
      ended_on: string | null;
      category: keyof typeof ORDINANCE_STAFF_NORMS.specialisedHours | null;
    }[]
  >(
    `select m.id, m.service_id, s.name as service_name, m.started_on::text, m.ended_on::text, p.category
     from staff_member m
     join service s on s.tenant_id = m.tenant_id and s.id = m.service_id
     left join staff_position p on p.tenant_id = m.tenant_id and p.id = m.position_id
     where m.tenant_id = ? and m.employment_type <> 'volunteer'`,
    [ctx.tenantId],
  );
  if (!members.length) return { services: [] };
  const trainings = await em.execute<{ member_id: string; year: string; hours: string }[]>(
    `select member_id, extract(year from held_on)::text as year, sum(hours)::text as hours from staff_training
     where tenant_id = ? and kind = 'specialised' group by member_id, 2`,
    [ctx.tenantId],
  );
  const appraisals = await em.execute<{ member_id: string; year: number }[]>(
    `select member_id, year from staff_appraisal where tenant_id = ?`,
    [ctx.tenantId],
  );
  const supervisions = await em.execute<{ service_id: string; held_on: string }[]>(
    `select service_id, held_on::text from staff_supervision where tenant_id = ? and kind = 'group'`,
    [ctx.tenantId],
  );
  const services = new Map<string, StaffServiceFact>();
  const firstYear = Number(ctx.from.slice(0, 4));
  const lastYear = Number(ctx.to.slice(0, 4));
  for (const m of members) {
    const service = services.get(m.service_id) ?? {
      id: m.service_id,
      name: m.service_name,
      since: m.started_on,
      groupSupervisions: supervisions.filter((x) => x.service_id === m.service_id).map((x) => x.held_on),
      years: {},
    };
    if (m.started_on < service.since) service.since = m.started_on;
    services.set(m.service_id, service);
    for (let year = firstYear; year <= lastYear; year++) {
      if (m.started_on > `${year}-12-31` || (m.ended_on && m.ended_on < `${year}-01-01`)) continue;
      const counts = (service.years[String(year)] ??= { staff: 0, trained: 0, appraised: 0 });
      counts.staff++;
      const hours = Number(
        trainings.find((t) => t.member_id === m.id && t.year === String(year))?.hours ?? 0,
      );
      if (hours >= ORDINANCE_STAFF_NORMS.specialisedHours[m.category ?? 'core']) counts.trained++;
      if (appraisals.some((a) => a.member_id === m.id && Number(a.year) === year)) counts.appraised++;
    }
  }
  return { services: [...services.values()] };
}

export const DEADLINE_SOURCES: DeadlineSource<unknown>[] = [
  source<InspectionFacts>({
    id: 'inspections',
    async load(em, ctx) {
      const [tenant] = await em.execute<{ kind: string }[]>(`select kind from tenant where id = ?`, [
        ctx.tenantId,
      ]);
      if (tenant?.kind === 'provider') {
        // The prescriptions of signed reports about the provider's services: it must fulfil them.
        const prescriptions = await em.execute<InspectionFacts['prescriptions']>(
          `select p.id, p.inspection_id as "inspectionId", i.service_id as "serviceId",
                  i.service_name as "serviceName", p.text, p.due_on::text as "dueOn", p.done_on is not null as done
           from inspection_prescription p
           join inspection i on i.tenant_id = p.tenant_id and i.id = p.inspection_id
           where i.provider_tenant_id = ? and i.status = 'signed'
             -- a signed correction replaces the report it corrects
             and not exists (select 1 from inspection c
             where c.tenant_id = i.tenant_id and c.corrects_id = i.id and c.status = 'signed')`,
          [ctx.tenantId],
        );
        return { side: 'provider', services: [], inspections: [], prescriptions };
      }
      const services = await em.execute<InspectionFacts['services']>(
        `select c.service_id as "serviceId", coalesce(s.name, c.service_description, '') as "serviceName",
                c.starts_on::text as "contractStartsOn",
                (select max(coalesce(i.completed_on, i.ends_on))::text from inspection i
                  where i.tenant_id = c.tenant_id and i.service_id = c.service_id and i.status = 'signed')
                  as "lastInspectedOn",
                exists (select 1 from inspection i where i.tenant_id = c.tenant_id and i.service_id = c.service_id
                  and i.status <> 'signed') as "inspectionOpen"
         from commissioning_contract c
         left join service s on s.tenant_id = c.provider_tenant_id and s.id = c.service_id
         where c.tenant_id = ? and c.status = 'active' and c.service_id is not null`,
        [ctx.tenantId],
      );
      const inspections = await em.execute<InspectionFacts['inspections']>(
        `select i.id, i.service_id as "serviceId", i.service_name as "serviceName", i.order_number as "orderNumber",
                i.report_due_on::text as "reportDueOn", i.completed_on::text as "completedOn",
                i.status = 'signed' as signed, i.mayor_received_on::text as "mayorReceivedOn",
                (i.other_violations is not null or exists (select 1 from inspection_finding f
                   where f.tenant_id = i.tenant_id and f.inspection_id = i.id
                     and f.result in ('not_met', 'partly_met'))) as "needsForwarding",
                i.forwarded_at is not null as forwarded
         from inspection i where i.tenant_id = ?`,
        [ctx.tenantId],
      );
      const prescriptions = await em.execute<InspectionFacts['prescriptions']>(
        `select p.id, p.inspection_id as "inspectionId", i.service_id as "serviceId",
                i.service_name as "serviceName", p.text, p.due_on::text as "dueOn", p.done_on is not null as done
         from inspection_prescription p
         join inspection i on i.tenant_id = p.tenant_id and i.id = p.inspection_id
         where p.tenant_id = ? and i.status = 'signed'
           and not exists (select 1 from inspection c
             where c.tenant_id = i.tenant_id and c.corrects_id = i.id and c.status = 'signed')`,
        [ctx.tenantId],
      );
      return { side: 'municipality', services, inspections, prescriptions };
    },
    rules: [periodicInspections, inspectionReports, inspectionForwarding, inspectionPrescriptions],
  }),
  source({
    id: 'staff',
    load: loadStaff,
    rules: [groupSupervisions, yearlyStaffDevelopment],
  }),
  source({
    id: 'periodic_checks',
    async load(em, ctx) {
      const assessments = await em.execute<AssessmentFact[]>(
        `select service_id as "serviceId", kind, status, started_on::text as "startedOn",
                (completed_at at time zone 'Europe/Sofia')::date::text as "completedOn"
         from assessment where tenant_id = ? and kind = 'periodic' and status <> 'planned'`,
        [ctx.tenantId],
      );
      return { services: await loadServices(em, ctx), assessments };
    },
    rules: [periodicChecks],
  }),
  source({
    id: 'meetings',
    async load(em, ctx) {
      const meetings = await em.execute<MeetingFact[]>(
        `select service_id as "serviceId", kind, held_on::text as "heldOn"
         from meeting where tenant_id = ? and held_on between ?::date - 31 and ?::date + 31`,
        [ctx.tenantId, ctx.from, ctx.to],
      );
      return { services: await loadServices(em, ctx), meetings };
    },
    rules: [monthlyMeetings],
  }),
  source<ReportFacts>({
    id: 'reports',
    async load(em, ctx) {
      const [row] = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from service where tenant_id = ?`,
        [ctx.tenantId],
      );
      // A submitted report (the reports feature, art. 25–26) marks its period done: an analysis the half-year its
      // period ends in, an annual report the calendar year it covers.
      const reports = await em.execute<{ kind: string; period_start: string; period_end: string }[]>(
        `select kind, period_start::text as period_start, period_end::text as period_end
         from report where tenant_id = ? and status = 'submitted'`,
        [ctx.tenantId],
      );
      const half = (date: string) => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
      return {
        hasServices: (row?.n ?? 0) > 0,
        analysesDone: reports.filter((r) => r.kind === 'semi_annual_analysis').map((r) => half(r.period_end)),
        annualReportsDone: reports
          .filter((r) => r.kind === 'annual_report')
          .map((r) => r.period_start.slice(0, 4)),
      };
    },
    rules: [semiAnnualAnalyses, annualReports],
  }),
  source({
    id: 'programmes',
    async load(em, ctx) {
      const programmes = await em.execute<ProgrammeFact[]>(
        `select p.id, p.title, p.service_id as "serviceId", p.period_start::text as "periodStart",
                p.period_end::text as "periodEnd",
                coalesce(array_agg(r.reviewed_on::text) filter (where r.id is not null), '{}') as reviews
         from quality_programme p
         left join quality_programme_review r on r.tenant_id = p.tenant_id and r.programme_id = p.id
         where p.tenant_id = ? group by p.tenant_id, p.id`,
        [ctx.tenantId],
      );
      return { programmes };
    },
    rules: [programmeReviews],
  }),
  source({
    id: 'documents',
    async load(em, ctx) {
      const documents = await em.execute<DocumentFact[]>(
        `select id, title, service_id as "serviceId", next_review_on::text as "nextReviewOn"
         from quality_document where tenant_id = ? and next_review_on between ? and ?`,
        [ctx.tenantId, ctx.from, ctx.to],
      );
      return { documents };
    },
    rules: [documentReviews],
  }),
];

/** Every due item of the tenant with a due date in [from, to], computed now from its data. */
export async function computeDeadlines(
  em: EntityManager,
  ctx: RuleContext,
  sources: DeadlineSource<unknown>[] = DEADLINE_SOURCES,
): Promise<DueItem[]> {
  const items: DueItem[] = [];
  for (const s of sources) {
    const facts = await s.load(em, ctx);
    for (const rule of s.rules) items.push(...rule(facts, ctx));
  }
  return sortItems(items);
}

/** How far back and ahead the list goes by default. */
export const DEFAULT_PAST_DAYS = 183;
export const DEFAULT_FUTURE_DAYS = 92;
export const MAX_WINDOW_DAYS = 1100;

const badQuery = (field: string, rule: string, params?: Record<string, string | number>) =>
  new AppError(400, 'validation_failed', {
    fields: [{ field: `query.${field}`, rule, ...(params ? { params } : {}) }],
  });

/** The window asked for (or the default one around today), checked. */
export function windowOf(
  tenantId: string,
  query: { from?: string; to?: string },
  now = new Date(),
): RuleContext {
  const today = sofiaDate(now);
  const from = query.from ?? addDays(today, -DEFAULT_PAST_DAYS);
  const to = query.to ?? addDays(today, DEFAULT_FUTURE_DAYS);
  if (!isDate(from)) throw badQuery('from', 'format', { format: 'date' });
  if (!isDate(to)) throw badQuery('to', 'format', { format: 'date' });
  if (to < from) throw badQuery('to', 'date_order');
  if (daysBetween(from, to) > MAX_WINDOW_DAYS)
    throw badQuery('to', 'deadline_window', { days: MAX_WINDOW_DAYS });
  return { tenantId, today, from, to };
}
