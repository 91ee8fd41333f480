import { sql, sqlOf } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { checkSheets, schemeFor, type Plugins } from '../assessments/index.ts';
import { isoDate, sofiaDate } from '@mera/calendar';
import { surveyResults } from '../surveys/index.ts';
import { meetingsHeld } from '../meetings/index.ts';
import type { TenantContext } from '../../shared/context.ts';
import { legalNameOf, sameTenant } from '../../shared/sql.ts';

export const REPORT_KINDS = ['semi_annual_analysis', 'annual_report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The period a report covers: a half-year (art. 25(1), "at least once every six months") or the calendar year (art. 26). */
export function reportPeriod(kind: ReportKind, year: number, half?: 1 | 2): { start: string; end: string } {
  if (kind === 'annual_report') return { start: `${year}-01-01`, end: `${year}-12-31` };
  return half === 2
    ? { start: `${year}-07-01`, end: `${year}-12-31` }
    : { start: `${year}-01-01`, end: `${year}-06-30` };
}

export interface CheckFigure {
  id: string;
  title: string;
  kind: 'periodic' | 'self_assessment';
  completedOn: string;
  score: number | null;
  answered: number;
  total: number;
}
export interface Weakness {
  id: string;
  standard: string;
  criterion: string;
  text: string;
  result: 'not_met' | 'partly_met';
  note: string | null;
}
export interface ServiceFigures {
  id: string;
  name: string;
  annex: number | null;
  checks: CheckFigure[];
  /** The service's score over the period: each indicator's latest answer in the period's completed checks. */
  score: number | null;
  scoring: string | null;
  standards: { key: string; title: string; score: number | null }[];
  weaknesses: Weakness[];
  methods: number[];
}
export interface ReportData {
  organisation: string;
  period: { start: string; end: string };
  services: ServiceFigures[];
  meetings: { team: number; withHead: number; recommendations: string[] };
  programme: {
    measures: number;
    done: number;
    inProgress: number;
    planned: number;
    cancelled: number;
    overdue: number;
    items: { title: string; category: number; status: string; deadline: string | null }[];
  };
  /** Anonymous feedback (art. 24(1) 1–2): answers per survey template and each scale question's mean. */
  feedback?: {
    responses: number;
    templates: {
      name: string;
      responses: number;
      questions: { label: string; answers: number; mean: number | null; max: number }[];
    }[];
  };
  /** For an annual report: the year's semi-annual analyses (art. 26(1) 1). */
  analyses: { id: string; title: string; periodStart: string; periodEnd: string; status: string }[];
}

type Answer = { result: IndicatorResult; note: string | null; at: number };

/** Collects the figures of a period from the tenant's own records (row-level security keeps it to the tenant). */
export async function assembleReport(
  ctx: TenantContext,
  kind: ReportKind,
  period: { start: string; end: string },
  serviceId: string | null,
): Promise<ReportData> {
  const { em, tenantId } = ctx;
  // The checks' engine reads the plugins as the Fastify instance holds them (a mutable list).
  const app: Plugins = { servicePlugins: [...ctx.plugins.list] };
  const db = sqlOf(em);
  const organisation = await legalNameOf(db, tenantId);
  let servicesQuery = db
    .selectFrom('service')
    .select(['id', 'name', 'plugin_code', 'variant_key'])
    .where('tenant_id', '=', tenantId);
  if (serviceId) servicesQuery = servicesQuery.where('id', '=', serviceId);
  const services = await servicesQuery.orderBy(sql`lower(name)`).execute();
  const checks = await db
    .selectFrom('assessment')
    .select(['id', 'service_id', 'completed_at'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'completed')
    .where((eb) =>
      eb.between(sql<string>`(completed_at at time zone 'Europe/Sofia')::date`, period.start, period.end),
    )
    .orderBy('completed_at')
    // A completed check has its completion time (the checks' migration guards it).
    .$narrowType<{ completed_at: string }>()
    .execute();

  // Every check's answers in two statements (issue 15; before, one whole check detail per check).
  const sheets = await checkSheets(
    em,
    app,
    checks.map((c) => ({ tenantId, id: c.id })),
  );
  const figures: ServiceFigures[] = [];
  for (const service of services) {
    const own = checks.filter((c) => c.service_id === service.id);
    const scheme = schemeFor(app, service.plugin_code);
    const latest = new Map<string, Answer>();
    const places = new Map<string, { standard: string; criterion: string; text: string }>();
    const standards = new Map<string, { key: string; title: string; indicators: Set<string> }>();
    const checkFigures: CheckFigure[] = [];
    const methods = new Set<number>();
    // The annex whose standards apply comes from the service's type, checked or not (it was blank for a service
    // without a completed check); a check made against another annex, as it was then, has the last word.
    let annex: number | null =
      ctx.plugins.list
        .find((p) => p.code === service.plugin_code)
        ?.variants.find((v) => v.key === service.variant_key)?.annex ?? null;
    for (const check of own) {
      const detail = sheets.get(check.id);
      if (!detail) continue;
      annex = detail.annex ?? annex;
      detail.methods.forEach((m) => methods.add(m));
      const at = new Date(check.completed_at).getTime();
      checkFigures.push({
        id: detail.id,
        title: detail.title,
        kind: detail.kind as CheckFigure['kind'],
        completedOn: sofiaDate(new Date(check.completed_at)),
        score: detail.score,
        answered: detail.answered,
        total: detail.total,
      });
      for (const section of detail.sections)
        for (const standard of section.children) {
          const entry = standards.get(standard.id) ?? {
            key: standard.key,
            title: standard.title ?? standard.statement ?? '',
            indicators: new Set<string>(),
          };
          standards.set(standard.id, entry);
          for (const criterion of standard.children)
            for (const indicator of criterion.children) {
              entry.indicators.add(indicator.id);
              places.set(indicator.id, {
                standard: standard.key,
                criterion: criterion.key,
                text: indicator.text ?? '',
              });
              const answer = detail.answers.get(indicator.id);
              if (answer) {
                const previous = latest.get(indicator.id);
                if (!previous || previous.at <= at)
                  latest.set(indicator.id, { result: answer.result, note: answer.note, at });
              }
            }
        }
    }
    const resultsOf = (ids: Iterable<string>) =>
      [...ids].map((id) => latest.get(id)?.result).filter((r): r is IndicatorResult => !!r);
    const weaknesses: Weakness[] = [];
    for (const [id, answer] of latest) {
      if (answer.result !== 'not_met' && answer.result !== 'partly_met') continue;
      const place = places.get(id);
      if (place) weaknesses.push({ id, ...place, result: answer.result, note: answer.note });
    }
    weaknesses.sort((a, b) =>
      a.result === b.result
        ? a.id.localeCompare(b.id, 'en', { numeric: true })
        : a.result === 'not_met'
          ? -1
          : 1,
    );
    figures.push({
      id: service.id,
      name: service.name,
      annex,
      checks: checkFigures,
      score: scheme.score(resultsOf(latest.keys())),
      scoring: own.length ? scheme.name.bg : null,
      standards: [...standards.values()]
        .map((s) => ({ key: s.key, title: s.title, score: scheme.score(resultsOf(s.indicators)) }))
        .sort((a, b) => a.key.localeCompare(b.key, 'bg', { numeric: true })),
      weaknesses,
      methods: [...methods].sort((a, b) => a - b),
    });
  }

  // Of the service asked for, or for all the provider's services (a null service): a report includes both.
  const meetings = await meetingsHeld(db, tenantId)
    .where('held_on', '>=', period.start)
    .where('held_on', '<=', period.end)
    .$if(serviceId !== null, (q) =>
      q.where((eb) => eb.or([eb('service_id', '=', serviceId), eb('service_id', 'is', null)])),
    )
    .executeTakeFirst();
  const recommendations = await db
    .selectFrom('meeting_recommendation as r')
    .innerJoin('meeting as m', (join) => sameTenant(join, 'm.id', 'r.meeting_id'))
    .select('r.text')
    .where('m.tenant_id', '=', tenantId)
    .where('m.held_on', '>=', period.start)
    .where('m.held_on', '<=', period.end)
    .$if(serviceId !== null, (q) =>
      q.where((eb) => eb.or([eb('m.service_id', '=', serviceId), eb('m.service_id', 'is', null)])),
    )
    .orderBy('m.held_on')
    .orderBy('r.position')
    .execute();
  const measures = await db
    .selectFrom('quality_programme_measure as m')
    .innerJoin('quality_programme as p', (join) => sameTenant(join, 'p.id', 'm.programme_id'))
    .select(['m.title', 'm.category', 'm.status', 'm.deadline'])
    .where('m.tenant_id', '=', tenantId)
    .where('p.period_start', '<=', period.end)
    .where('p.period_end', '>=', period.start)
    .$if(serviceId !== null, (q) =>
      q.where((eb) => eb.or([eb('p.service_id', '=', serviceId), eb('p.service_id', 'is', null)])),
    )
    .orderBy('m.category')
    .orderBy(sql`m.deadline nulls last`)
    .orderBy(sql`lower(m.title)`)
    .execute();
  const count = (status: string) => measures.filter((m) => m.status === status).length;
  const analyses =
    kind === 'annual_report'
      ? await db
          .selectFrom('report')
          .select(['id', 'title', 'period_start', 'period_end', 'status'])
          .where('tenant_id', '=', tenantId)
          .where('kind', '=', 'semi_annual_analysis')
          .where('period_start', '>=', period.start)
          .where('period_end', '<=', period.end)
          .$if(serviceId !== null, (q) =>
            q.where((eb) => eb.or([eb('service_id', '=', serviceId), eb('service_id', 'is', null)])),
          )
          .orderBy('period_start')
          .orderBy('created_at')
          .execute()
      : [];
  const feedback = await surveyResults(ctx, {
    ...(serviceId ? { serviceId } : {}),
    from: period.start,
    to: period.end,
    period: 'year',
  });
  return {
    organisation: organisation ?? '',
    period,
    services: figures,
    meetings: {
      team: Number(meetings?.team ?? 0),
      withHead: Number(meetings?.with_head ?? 0),
      recommendations: recommendations.map((r) => r.text),
    },
    programme: {
      measures: measures.length,
      done: count('done'),
      inProgress: count('in_progress'),
      planned: count('planned'),
      cancelled: count('cancelled'),
      overdue: measures.filter(
        (m) =>
          m.deadline &&
          isoDate(m.deadline) < period.end &&
          (m.status === 'planned' || m.status === 'in_progress'),
      ).length,
      items: measures.map((m) => ({
        title: m.title,
        category: m.category,
        status: m.status,
        deadline: m.deadline ? isoDate(m.deadline) : null,
      })),
    },
    feedback: {
      responses: feedback.responses,
      templates: feedback.templates
        .filter((t) => t.responses > 0)
        .map((t) => ({
          name: t.name.bg,
          responses: t.responses,
          questions: t.questions.map((q) => ({
            label: q.label.bg,
            answers: q.total.answers,
            mean: q.total.mean,
            max: q.total.counts.at(-1)?.value ?? 5,
          })),
        })),
    },
    analyses: analyses.map((a) => ({
      id: a.id,
      title: a.title,
      periodStart: isoDate(a.period_start),
      periodEnd: isoDate(a.period_end),
      status: a.status,
    })),
  };
}
