import { sql, sqlOf, type EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { checkSheets, schemeFor, type CheckSheet, type Plugins } from '../assessments/index.ts';
import { isoDate, sofiaDate } from '@mera/calendar';
import { inspectionFiguresOfYear, type InspectionYearFigures } from './inspection-figures.ts';
import { serviceTypeName } from '../../shared/service-type.ts';
import type { TenantContext } from '../../shared/context.ts';

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

type Answer = { result: IndicatorResult; at: number };
type Place = { standard: string; criterion: string; text: string };

const round = (value: number) => Math.round(value * 10) / 10;

/** One service's year: its score and its weak indicators (latest answer in the year's completed checks). */
function serviceYear(app: Plugins, pluginCode: string, checks: readonly CheckSheet[]) {
  const latest = new Map<string, Answer>();
  const places = new Map<string, Place>();
  for (const check of checks) {
    const at = new Date(check.completedAt).getTime();
    for (const section of check.sections)
      for (const standard of section.children)
        for (const criterion of standard.children)
          for (const indicator of criterion.children) {
            places.set(indicator.id, {
              standard: standard.key,
              criterion: criterion.key,
              text: indicator.text ?? '',
            });
            const result = check.answers.get(indicator.id)?.result;
            if (!result) continue;
            const previous = latest.get(indicator.id);
            if (!previous || previous.at <= at) latest.set(indicator.id, { result, at });
          }
  }
  const scheme = schemeFor(app, pluginCode);
  const weak = [...latest].flatMap(([id, answer]) => {
    const place = places.get(id);
    return place && (answer.result === 'not_met' || answer.result === 'partly_met')
      ? [{ id, ...place, result: answer.result }]
      : [];
  });
  return {
    checks: checks.length,
    score: checks.length ? scheme.score([...latest.values()].map((a) => a.result)) : null,
    weak,
  };
}

/**
 * The completed checks of every service in the trend years, with their answers: three statements, however many
 * services and checks (issue 15; before, one whole check detail per check — 5,320 statements for 100 services).
 */
async function checksByServiceYear(
  em: EntityManager,
  app: Plugins,
  services: readonly { tenant_id: string; id: string }[],
  years: readonly number[],
): Promise<Map<string, CheckSheet[]>> {
  const byServiceYear = new Map<string, CheckSheet[]>();
  if (services.length === 0) return byServiceYear;
  const checks = await sqlOf(em)
    .selectFrom('assessment')
    .select(['tenant_id', 'id'])
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('tenant_id', 'service_id'),
        'in',
        services.map((s) => tuple(s.tenant_id, s.id)),
      ),
    )
    .where('status', '=', 'completed')
    .where((eb) =>
      eb.between(
        sql<string>`(completed_at at time zone 'Europe/Sofia')::date`,
        `${years[0]}-01-01`,
        `${years.at(-1)}-12-31`,
      ),
    )
    .orderBy('completed_at')
    .execute();
  const sheets = await checkSheets(
    em,
    app,
    checks.map((c) => ({ tenantId: c.tenant_id, id: c.id })),
  );
  for (const check of checks) {
    const sheet = sheets.get(check.id);
    if (!sheet) continue;
    const key = `${sheet.serviceId}|${sofiaDate(new Date(sheet.completedAt)).slice(0, 4)}`;
    byServiceYear.set(key, [...(byServiceYear.get(key) ?? []), sheet]);
  }
  return byServiceYear;
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
  const tenant = await db
    .selectFrom('tenant')
    .select('legal_name')
    .where('id', '=', tenantId)
    .executeTakeFirst();
  // Services commissioned by a contract in force at some point of the year (and visible under row-level security).
  const services = await db
    .selectFrom('commissioning_contract as c')
    .innerJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'c.provider_tenant_id').onRef('s.id', '=', 'c.service_id'),
    )
    .innerJoin('tenant as t', 't.id', 's.tenant_id')
    .select([
      's.tenant_id',
      's.id',
      's.name',
      's.plugin_code',
      's.variant_key',
      't.legal_name as provider_name',
    ])
    .distinct()
    .where('c.tenant_id', '=', tenantId)
    .where('c.status', '=', 'active')
    .where('c.starts_on', '<=', `${year}-12-31`)
    .where('c.ends_on', '>=', `${year}-01-01`)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();

  const checks = await checksByServiceYear(em, app, services, years);
  const serviceFigures: MonitoringService[] = [];
  const weaknesses = new Map<string, CommonWeakness>();
  for (const service of services) {
    const plugin = app.servicePlugins.find((p) => p.code === service.plugin_code);
    const variant = plugin?.variants.find((v) => v.key === service.variant_key);
    const typeName = serviceTypeName(plugin, service.variant_key, 'bg', service.plugin_code);
    const perYear = years.map((y) =>
      serviceYear(app, service.plugin_code, checks.get(`${service.id}|${y}`) ?? []),
    );
    const current = perYear.at(-1) ?? { checks: 0, score: null, weak: [] };
    for (const w of current.weak) {
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
    .leftJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.service_id'),
    )
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
    .leftJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.service_id'),
    )
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
    municipality: tenant?.legal_name ?? '',
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
