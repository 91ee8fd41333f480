import type { EntityManager } from '@mera/db';
import { AppError } from '../../errors/problem.ts';
import { addDays, daysBetween, isDate, sofiaDate } from './dates.ts';
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

export const DEADLINE_SOURCES: DeadlineSource<unknown>[] = [
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
