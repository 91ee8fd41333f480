import { sql, sqlOf, type EntityManager } from '@mera/db';
import { ofItsService, sameTenant, sofiaDayOf } from '../../shared/sql.ts';
import { AppError } from '../../shared/problem.ts';
import { addDays, daysBetween, isDate, sofiaDate } from '@mera/calendar';
import { loadInspectionFacts } from './inspection-facts.ts';
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

/** The services read once per computation and shared by the sources that need them (issue 15: fewer statements). */
const servicesRead = new WeakMap<RuleContext, Promise<ServiceFact[]>>();

function loadServices(em: EntityManager, ctx: RuleContext): Promise<ServiceFact[]> {
  const known = servicesRead.get(ctx);
  if (known) return known;
  const reading = readServices(em, ctx);
  servicesRead.set(ctx, reading);
  return reading;
}

async function readServices(em: EntityManager, ctx: RuleContext): Promise<ServiceFact[]> {
  return sqlOf(em)
    .selectFrom('service')
    .select(['id', 'name', (eb) => eb.fn.coalesce('started_on', sofiaDayOf('created_at')).as('since')])
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The services that keep a staff register, with what the staff rules need for the years of the window. */
async function loadStaff(em: EntityManager, ctx: RuleContext): Promise<{ services: StaffServiceFact[] }> {
  const norms = ctx.staffNorms;
  if (!norms) return { services: [] };
  const db = sqlOf(em);
  const members = await db
    .selectFrom('staff_member as m')
    .innerJoin('service as s', (join) => ofItsService(join, 's', 'm'))
    .leftJoin('staff_position as p', (join) => sameTenant(join, 'p.id', 'm.position_id'))
    .select(['m.id', 'm.service_id', 's.name as service_name', 'm.started_on', 'm.ended_on', 'p.category'])
    .where('m.tenant_id', '=', ctx.tenantId)
    .where('m.employment_type', '<>', 'volunteer')
    .execute();
  if (!members.length) return { services: [] };
  const trainings = await db
    .selectFrom('staff_training')
    .select([
      'member_id',
      sql<string>`extract(year from held_on)::text`.as('year'),
      sql<string>`sum(hours)::text`.as('hours'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', 'specialised')
    .groupBy(['member_id', sql`extract(year from held_on)`])
    .execute();
  const appraisals = await db
    .selectFrom('staff_appraisal')
    .select(['member_id', 'year'])
    .where('tenant_id', '=', ctx.tenantId)
    .execute();
  const supervisions = await db
    .selectFrom('staff_supervision')
    .select(['service_id', 'held_on'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', 'group')
    .execute();
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
      if (hours >= norms.specialisedHours[m.category ?? 'core']) counts.trained++;
      if (appraisals.some((a) => a.member_id === m.id && Number(a.year) === year)) counts.appraised++;
    }
  }
  return { services: [...services.values()] };
}

export const DEADLINE_SOURCES: DeadlineSource<unknown>[] = [
  source<InspectionFacts>({
    id: 'inspections',
    load: loadInspectionFacts,
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
      const assessments: AssessmentFact[] = await sqlOf(em)
        .selectFrom('assessment')
        .select([
          'service_id as serviceId',
          'kind',
          'status',
          'started_on as startedOn',
          sofiaDayOf('completed_at').as('completedOn'),
        ])
        .where('tenant_id', '=', ctx.tenantId)
        .where('kind', '=', 'periodic')
        .where('status', '<>', 'planned')
        // The entity's enums are typed loosely; the table's checks hold these values.
        .$narrowType<Pick<AssessmentFact, 'kind' | 'status'>>()
        .execute();
      return { services: await loadServices(em, ctx), assessments };
    },
    rules: [periodicChecks],
  }),
  source({
    id: 'meetings',
    async load(em, ctx) {
      const meetings: MeetingFact[] = await sqlOf(em)
        .selectFrom('meeting')
        .select(['service_id as serviceId', 'kind', 'held_on as heldOn'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('held_on', '>=', addDays(ctx.from, -31))
        .where('held_on', '<=', addDays(ctx.to, 31))
        .execute();
      return { services: await loadServices(em, ctx), meetings };
    },
    rules: [monthlyMeetings],
  }),
  source<ReportFacts>({
    id: 'reports',
    async load(em, ctx) {
      const services = (await loadServices(em, ctx)).length;
      // A submitted report (the reports feature, art. 25–26) marks its period done: an analysis the half-year its
      // period ends in, an annual report the calendar year it covers.
      const reports = await sqlOf(em)
        .selectFrom('report')
        .select(['kind', 'period_start', 'period_end'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('status', '=', 'submitted')
        .execute();
      const half = (date: string) => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
      return {
        hasServices: services > 0,
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
      const programmes: ProgrammeFact[] = await sqlOf(em)
        .selectFrom('quality_programme as p')
        .leftJoin('quality_programme_review as r', (join) => sameTenant(join, 'r.programme_id', 'p.id'))
        .select([
          'p.id',
          'p.title',
          'p.service_id as serviceId',
          'p.period_start as periodStart',
          'p.period_end as periodEnd',
          sql<string[]>`coalesce(array_agg(r.reviewed_on::text) filter (where r.id is not null), '{}')`.as(
            'reviews',
          ),
        ])
        .where('p.tenant_id', '=', ctx.tenantId)
        .groupBy(['p.tenant_id', 'p.id'])
        .execute();
      return { programmes };
    },
    rules: [programmeReviews],
  }),
  source({
    id: 'documents',
    async load(em, ctx) {
      const documents = (
        await sqlOf(em)
          .selectFrom('quality_document')
          .select(['id', 'title', 'service_id as serviceId', 'next_review_on as nextReviewOn'])
          .where('tenant_id', '=', ctx.tenantId)
          .where('next_review_on', '>=', ctx.from)
          .where('next_review_on', '<=', ctx.to)
          .execute()
      ).flatMap((d): DocumentFact[] => (d.nextReviewOn ? [{ ...d, nextReviewOn: d.nextReviewOn }] : []));
      return { documents };
    },
    rules: [documentReviews],
  }),
];

/**
 * Every due item of the tenant with a due date in [from, to], computed now from its data. Nothing is due before the
 * organisation came to Mera: a new organisation's services may have worked for years, but the quarters and months
 * before it signed up are not its missed checks and meetings in Mera (it was not here to record them).
 */
export async function computeDeadlines(
  em: EntityManager,
  window: RuleContext,
  sources: DeadlineSource<unknown>[] = DEADLINE_SOURCES,
): Promise<DueItem[]> {
  const joined = await sqlOf(em)
    .selectFrom('tenant')
    .select(sofiaDayOf('created_at').as('on'))
    .where('id', '=', window.tenantId)
    .executeTakeFirst();
  const ctx = joined && joined.on > window.from ? { ...window, from: joined.on } : window;
  const items: DueItem[] = [];
  if (ctx.from > ctx.to) return items;
  try {
    for (const s of sources) {
      const facts = await s.load(em, ctx);
      for (const rule of s.rules) items.push(...rule(facts, ctx));
    }
  } finally {
    servicesRead.delete(ctx);
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
  staffNorms: RuleContext['staffNorms'] = null,
): RuleContext {
  const today = sofiaDate(now);
  const from = query.from ?? addDays(today, -DEFAULT_PAST_DAYS);
  const to = query.to ?? addDays(today, DEFAULT_FUTURE_DAYS);
  if (!isDate(from)) throw badQuery('from', 'format', { format: 'date' });
  if (!isDate(to)) throw badQuery('to', 'format', { format: 'date' });
  if (to < from) throw badQuery('to', 'date_order');
  if (daysBetween(from, to) > MAX_WINDOW_DAYS)
    throw badQuery('to', 'deadline_window', { days: MAX_WINDOW_DAYS });
  return { tenantId, today, from, to, staffNorms };
}
