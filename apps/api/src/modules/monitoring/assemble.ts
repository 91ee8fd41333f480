import { sql, sqlOf, type EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { schemeFor, type Plugins } from '../assessments/index.ts';
import { isoDate, sofiaDate } from '@mera/calendar';
import { inspectionFiguresOfYear, type InspectionYearFigures } from './inspection-figures.ts';
import { serviceTypeName } from '../../shared/service-type.ts';
import type { TenantContext } from '../../shared/context.ts';
import { commissionedServicesOf, legalNameOf, ofItsService } from '../../shared/sql.ts';

/** How many years before the analysed one the trends show. */
export const TREND_YEARS = 2;

export interface MonitoringService {
  id: string;
  name: string;
  providerTenantId: string;
  providerName: string;
  /** `<plugin code>/<variant key>`: the service type the averages group by. */
  typeKey: string;
  typeName: string;
  annex: number | null;
  /** Completed checks in the analysed year. */
  checks: number;
  /** The year's score: each indicator's latest answer in the year's completed checks, by the plugin's scheme. */
  score: number | null;
  /** The same for each trend year, oldest first (aligned with `MonitoringData.years`). */
  scores: (number | null)[];
}

export interface MonitoringType {
  key: string;
  name: string;
  annex: number | null;
  services: number;
  /** Per trend year, oldest first: the mean of the scored services' scores and how many were scored. */
  averages: { year: number; average: number | null; scored: number }[];
}

export interface CommonWeakness {
  id: string;
  typeName: string;
  standard: string;
  criterion: string;
  /** The indicator's text, verbatim from the catalogue. */
  text: string;
  notMet: number;
  partlyMet: number;
  /** In how many services the indicator was not met or partly met (their latest answer in the year). */
  services: number;
  serviceNames: string[];
}

export interface ReceivedReportFigure {
  providerName: string;
  serviceName: string | null;
  kind: 'semi_annual_analysis' | 'annual_report';
  title: string;
  periodStart: string;
  periodEnd: string;
  submittedOn: string;
}

export interface ReceivedProgrammeFigure {
  providerName: string;
  serviceName: string | null;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: 'submitted' | 'agreed' | 'changes_requested';
  submittedOn: string | null;
  decidedOn: string | null;
}

export interface FeedbackFigure {
  providerName: string;
  serviceName: string | null;
  /** Anonymous survey answers the provider's submitted reports of the year counted. */
  responses: number;
  source: 'annual_report' | 'semi_annual_analysis';
}

export interface MonitoringData {
  municipality: string;
  year: number;
  /** The trend years, oldest first, ending with the analysed year. */
  years: number[];
  services: MonitoringService[];
  types: MonitoringType[];
  weaknesses: CommonWeakness[];
  inspections: InspectionYearFigures;
  reports: ReceivedReportFigure[];
  programmes: ReceivedProgrammeFigure[];
  feedback: FeedbackFigure[];
}

type Weak = {
  id: string;
  standard: string;
  criterion: string;
  text: string;
  result: 'not_met' | 'partly_met';
};
type ServiceYear = { checks: number; results: IndicatorResult[] };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Every service's completed checks per trend year, with each indicator's latest answer in that year counted by
 * result, and the analysed year's weak indicators (not met or partly met) with their standard, criterion and text:
 * one statement whose answer grows with services × years × results, not with the answers (issue 15: reading every
 * answer of three years for 100 services held ≈ 200,000 rows and ≈ 400 MB at once).
 *
 * An answer counts where its check's form had it: an indicator of the check's catalogue version, under a criterion
 * the check's scope chose (a whole check when no scope) — the form the provider filled in. Of several checks in a
 * year, the latest answer of an indicator counts (completed later; of two completed at the same moment, the later id).
 */
async function serviceYears(
  em: EntityManager,
  services: readonly { tenant_id: string; id: string }[],
  years: readonly number[],
): Promise<{ byServiceYear: Map<string, ServiceYear>; weak: Map<string, Weak[]> }> {
  const byServiceYear = new Map<string, ServiceYear>();
  const weak = new Map<string, Weak[]>();
  if (services.length === 0) return { byServiceYear, weak };
  const year = years.at(-1) ?? 0;
  const rows = await sql<{
    row: 'checks' | 'results' | 'weak';
    service_id: string;
    year: number;
    result: IndicatorResult | null;
    count: number;
    item_id: string | null;
    standard: string | null;
    criterion: string | null;
    text: string | null;
  }>`
    with checks as materialized (
      select a.tenant_id, a.id, a.service_id, a.catalogue_version_id, a.scope_criteria, a.completed_at,
             extract(year from (a.completed_at at time zone 'Europe/Sofia'))::int as year
      from assessment a
      where (a.tenant_id, a.service_id) in (${sql.join(services.map((s) => sql`(${s.tenant_id}::uuid, ${s.id}::uuid)`))})
        and a.status = 'completed'
        and (a.completed_at at time zone 'Europe/Sofia')::date between ${`${years[0]}-01-01`} and ${`${year}-12-31`}
    ),
    latest as materialized (
      select distinct on (c.service_id, c.year, r.item_id)
             c.service_id, c.year, r.item_id, r.result, c.catalogue_version_id as version_id
      from checks c
      join assessment_result r on r.tenant_id = c.tenant_id and r.assessment_id = c.id and r.result is not null
      -- one index lookup per answer by the whole key (offset 0 keeps the planner from flattening it into a scan
      -- by item alone, which it otherwise chose: 2.3 million index searches for 166,000 answers)
      join lateral (
        select ind.parent_item_id as criterion_id from catalogue_item ind
        where ind.version_id = c.catalogue_version_id and ind.item_id = r.item_id and ind.kind = 'indicator'
        offset 0
      ) i on true
      where c.scope_criteria is null or i.criterion_id = any(c.scope_criteria)
      order by c.service_id, c.year, r.item_id, c.completed_at desc, c.id desc
    )
    select 'checks' as row, service_id, year, null as result, count(*)::int as count,
           null as item_id, null as standard, null as criterion, null as text
    from checks group by service_id, year
    union all
    select 'results', service_id, year, result, count(*)::int, null, null, null, null
    from latest group by service_id, year, result
    union all
    select 'weak', l.service_id, l.year, l.result, 1, l.item_id, st.key, cr.key, ind.text
    from latest l
    join catalogue_item ind on ind.version_id = l.version_id and ind.item_id = l.item_id
    join catalogue_item cr on cr.version_id = ind.version_id and cr.item_id = ind.parent_item_id
    join catalogue_item st on st.version_id = cr.version_id and st.item_id = cr.parent_item_id
    where l.year = ${year} and l.result in ('not_met', 'partly_met')`.execute(sqlOf(em));
  for (const row of rows.rows) {
    const key = `${row.service_id}|${row.year}`;
    const figures = byServiceYear.get(key) ?? { checks: 0, results: [] };
    byServiceYear.set(key, figures);
    if (row.row === 'checks') figures.checks = row.count;
    else if (row.row === 'results' && row.result)
      figures.results.push(...Array.from({ length: row.count }, () => row.result as IndicatorResult));
    else if (row.row === 'weak' && row.item_id)
      weak.set(row.service_id, [
        ...(weak.get(row.service_id) ?? []),
        {
          id: row.item_id,
          standard: row.standard ?? '',
          criterion: row.criterion ?? '',
          text: row.text ?? '',
          result: row.result === 'not_met' ? 'not_met' : 'partly_met',
        },
      ]);
  }
  return { byServiceYear, weak };
}

/**
 * Collects a year's figures for the mayor's yearly monitoring (art. 35(1)) from what the municipality may read: the
 * services it commissions under a contract in force during the year and, as row-level security lets through, their
 * completed checks, the submitted reports and the programmes submitted to it.
 */
export async function assembleMonitoring(
  { em, tenantId, plugins }: Pick<TenantContext, 'em' | 'tenantId' | 'plugins'>,
  year: number,
): Promise<MonitoringData> {
  // The checks' engine reads the plugins as the Fastify instance holds them (a mutable list).
  const app: Plugins = { servicePlugins: [...plugins.list] };
  const years = Array.from({ length: TREND_YEARS + 1 }, (_, i) => year - TREND_YEARS + i);
  const db = sqlOf(em);
  const municipality = await legalNameOf(db, tenantId);
  // Services commissioned by a contract in force at some point of the year (and visible under row-level security).
  const services = await commissionedServicesOf(db, tenantId)
    .innerJoin('tenant as t', 't.id', 's.tenant_id')
    .select('t.legal_name as provider_name')
    .distinct()
    .where('c.starts_on', '<=', `${year}-12-31`)
    .where('c.ends_on', '>=', `${year}-01-01`)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();

  const { byServiceYear, weak } = await serviceYears(em, services, years);
  const serviceFigures: MonitoringService[] = [];
  const weaknesses = new Map<string, CommonWeakness>();
  for (const service of services) {
    const plugin = app.servicePlugins.find((p) => p.code === service.plugin_code);
    const variant = plugin?.variants.find((v) => v.key === service.variant_key);
    const typeName = serviceTypeName(plugin, service.variant_key, 'bg', service.plugin_code);
    const scheme = schemeFor(app, service.plugin_code);
    // The year's score by the plugin's scheme, from each indicator's latest answer; none without a completed check.
    const perYear = years.map((y) => {
      const figures = byServiceYear.get(`${service.id}|${y}`);
      return { checks: figures?.checks ?? 0, score: figures?.checks ? scheme.score(figures.results) : null };
    });
    const current = perYear.at(-1) ?? { checks: 0, score: null };
    for (const w of weak.get(service.id) ?? []) {
      const entry = weaknesses.get(w.id) ?? {
        id: w.id,
        typeName,
        standard: w.standard,
        criterion: w.criterion,
        text: w.text,
        notMet: 0,
        partlyMet: 0,
        services: 0,
        serviceNames: [],
      };
      if (w.result === 'not_met') entry.notMet += 1;
      else entry.partlyMet += 1;
      entry.services += 1;
      entry.serviceNames.push(service.name);
      weaknesses.set(w.id, entry);
    }
    serviceFigures.push({
      id: service.id,
      name: service.name,
      providerTenantId: service.tenant_id,
      providerName: service.provider_name,
      typeKey: `${service.plugin_code}/${service.variant_key}`,
      typeName,
      annex: variant?.annex ?? null,
      checks: current.checks,
      score: current.score === null ? null : round(current.score),
      scores: perYear.map((p) => (p.score === null ? null : round(p.score))),
    });
  }

  const types = new Map<string, MonitoringType>();
  for (const service of serviceFigures) {
    const entry = types.get(service.typeKey) ?? {
      key: service.typeKey,
      name: service.typeName,
      annex: service.annex,
      services: 0,
      averages: years.map((y) => ({ year: y, average: null, scored: 0 })),
    };
    entry.services += 1;
    types.set(service.typeKey, entry);
  }
  for (const type of types.values())
    type.averages = years.map((y, i) => {
      const scores = serviceFigures
        .filter((s) => s.typeKey === type.key)
        .map((s) => s.scores[i])
        .filter((s): s is number => s !== null && s !== undefined);
      return {
        year: y,
        average: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
        scored: scores.length,
      };
    });

  // Method 2: the providers' reports submitted for the year (row-level security: the commissioned services' only).
  const reports = await db
    .selectFrom('report as r')
    .innerJoin('tenant as t', 't.id', 'r.tenant_id')
    .leftJoin('service as s', (join) => ofItsService(join, 's', 'r'))
    .select([
      't.legal_name as provider_name',
      's.name as service_name',
      'r.kind',
      'r.title',
      'r.period_start',
      'r.period_end',
      'r.submitted_at',
      'r.service_id',
      sql<string | null>`r.data -> 'feedback' ->> 'responses'`.as('responses'),
    ])
    .where('r.tenant_id', '<>', tenantId)
    .where('r.status', '=', 'submitted')
    .where('r.period_start', '>=', `${year}-01-01`)
    .where('r.period_end', '<=', `${year}-12-31`)
    .orderBy('t.legal_name')
    .orderBy('s.name')
    .orderBy('r.period_start')
    .orderBy('r.kind')
    .execute();

  // Method 7: what those reports say of the anonymous feedback: a service's annual report, else its analyses.
  const feedback = new Map<string, FeedbackFigure>();
  for (const r of reports) {
    const key = `${r.provider_name}\u001f${r.service_name ?? ''}`;
    const responses = Number(r.responses ?? 0);
    const existing = feedback.get(key);
    if (r.kind === 'annual_report')
      feedback.set(key, {
        providerName: r.provider_name,
        serviceName: r.service_name,
        responses,
        source: 'annual_report',
      });
    else if (!existing)
      feedback.set(key, {
        providerName: r.provider_name,
        serviceName: r.service_name,
        responses,
        source: 'semi_annual_analysis',
      });
    else if (existing.source === 'semi_annual_analysis') existing.responses += responses;
  }

  // Method 6: the quality programmes submitted to this municipality for the year.
  const programmes = await db
    .selectFrom('quality_programme as p')
    .innerJoin('tenant as t', 't.id', 'p.tenant_id')
    .leftJoin('service as s', (join) => ofItsService(join, 's', 'p'))
    .select([
      't.legal_name as provider_name',
      's.name as service_name',
      'p.title',
      'p.period_start',
      'p.period_end',
      'p.status',
      'p.submitted_at',
      'p.decided_at',
    ])
    .where('p.municipality_tenant_id', '=', tenantId)
    .where('p.status', '<>', 'draft')
    .where('p.period_start', '<=', `${year}-12-31`)
    .where('p.period_end', '>=', `${year}-01-01`)
    .orderBy('t.legal_name')
    .orderBy('s.name')
    .orderBy('p.period_start')
    // Drafts are filtered out above: what is left was submitted (and perhaps decided).
    .$narrowType<{ status: 'submitted' | 'agreed' | 'changes_requested' }>()
    .execute();

  const day = (value: Date | string | null) => (value ? sofiaDate(new Date(value)) : null);
  return {
    municipality: municipality ?? '',
    year,
    years,
    services: serviceFigures,
    types: [...types.values()].sort((a, b) => a.name.localeCompare(b.name, 'bg')),
    weaknesses: [...weaknesses.values()]
      .sort(
        (a, b) =>
          b.services - a.services || b.notMet - a.notMet || a.id.localeCompare(b.id, 'en', { numeric: true }),
      )
      .slice(0, 50),
    inspections: await inspectionFiguresOfYear(em, tenantId, year),
    reports: reports.map((r) => ({
      providerName: r.provider_name,
      serviceName: r.service_name,
      kind: r.kind,
      title: r.title,
      periodStart: isoDate(r.period_start),
      periodEnd: isoDate(r.period_end),
      submittedOn: day(r.submitted_at) ?? '',
    })),
    programmes: programmes.map((p) => ({
      providerName: p.provider_name,
      serviceName: p.service_name,
      title: p.title,
      periodStart: isoDate(p.period_start),
      periodEnd: isoDate(p.period_end),
      status: p.status,
      submittedOn: day(p.submitted_at),
      decidedOn: day(p.decided_at),
    })),
    feedback: [...feedback.values()],
  };
}
