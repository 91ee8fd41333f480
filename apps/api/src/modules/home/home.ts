import { ordinanceScoring, type IndicatorResult } from '@mera/plugin-sdk';
import { CommissioningContract, Service, type EntityManager } from '@mera/db';
import { addDays, isoDate, quartersBetween, sofiaDate, type CalendarQuarter } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';
import { computeDeadlines, windowOf } from '../deadlines/deadlines.ts';
import { deadlineSummary, isOverdue, type DeadlineSummary } from '../deadlines/summary.ts';
import { nextPeriodicInspection } from '../deadlines/inspection-rules.ts';
import type { DueItem } from '../deadlines/rules.ts';
import { serviceView } from '../services/services.ts';

/**
 * "What needs me": the home page's read model. It is composed from the other modules' public functions (the
 * deadlines, the service rules, the periodic-inspection rule) and a few set-based queries — a fixed number of SQL
 * statements whatever the number of services, checks or surveys (home.test.ts counts them). Every part is shown
 * only when the person's role may read it; row-level security decides, as everywhere, which rows exist at all.
 */

/** How many quarters the score trend covers: this one and the four before it (a year and the running quarter). */
export const TREND_QUARTERS = 5;
/** What counts as new: answers and documents of the last 30 days. */
export const RECENT_DAYS = 30;
/** The most urgent deadlines listed on the home page; the rest are counted and one click away. */
export const URGENT_LIMIT = 6;

export interface TrendPoint {
  /** `2026-Q3` */
  quarter: string;
  /** The score of the quarter's last completed check, 0–100; null when no check was completed in it. */
  score: number | null;
}

export interface ServiceState {
  serviceId: string;
  serviceName: string;
  /** The provider's name, on a municipality's home; null on the provider's own. */
  providerName: string | null;
  latestScore: number | null;
  latestCheckOn: string | null;
  /** The latest score minus the one before it (points); null without two scored checks. */
  change: number | null;
  trend: TrendPoint[];
  /** The Ordinance's rules on the service's facts that are not met. */
  rulesFailed: number;
  /** The municipality's next periodic inspection of the service is due by (art. 30(2)); null on a provider's home. */
  inspectionDueBy: string | null;
  inspectionOverdue: boolean;
}

export interface CheckInProgress {
  id: string;
  title: string;
  serviceName: string;
  kind: 'periodic' | 'self_assessment';
  startedOn: string | null;
  answered: number;
  total: number;
}

export interface InspectionState {
  id: string;
  serviceName: string;
  providerName: string;
  orderNumber: string;
  status: 'ordered' | 'in_progress' | 'signing' | 'signed';
  startsOn: string;
  endsOn: string;
  reportDueOn: string;
  answered: number;
  total: number;
}

export interface DocumentNotice {
  kind: 'programme' | 'report' | 'comment' | 'inspection_report';
  id: string;
  title: string;
  serviceName: string | null;
  /** Who sent it (the provider, for a municipality; the municipality, for a provider); null for one's own. */
  from: string | null;
  /** `submitted` (waiting for the municipality's decision), `agreed`, `changes_requested`, `received`, `signed`. */
  status: string;
  on: string;
  link: string;
}

export interface Home {
  today: string;
  tenantKind: 'provider' | 'municipality' | 'agency';
  deadlines:
    | (DeadlineSummary & {
        /** What is overdue, by kind: how many and since when — the most urgent (the longest waiting) first. */
        overdueByKind: { kind: string; count: number; firstDue: string }[];
        /** Due within 7 days, soonest first, at most URGENT_LIMIT. */
        dueSoon: Awaited<ReturnType<typeof computeDeadlines>>;
      })
    | null;
  checks: CheckInProgress[] | null;
  inspections: InspectionState[] | null;
  quarters: string[];
  services: ServiceState[] | null;
  feedback: {
    days: number;
    total: number;
    surveys: {
      id: string;
      title: { bg: string; en: string; uk: string };
      serviceName: string;
      answers: number;
    }[];
  } | null;
  documents: DocumentNotice[] | null;
}

const quarterKey = (q: Pick<CalendarQuarter, 'year' | 'quarter'>) => `${q.year}-Q${q.quarter}`;
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

interface CheckRow {
  id: string;
  tenant_id: string;
  service_id: string;
  service_name: string;
  plugin_code: string;
  title: string;
  kind: 'periodic' | 'self_assessment';
  status: 'in_progress' | 'completed';
  started_on: string | null;
  completed_on: string | null;
  results: IndicatorResult[];
  total: number;
}

/**
 * The checks in progress and those completed since `since`, with their answered results and the number of
 * indicators in scope — one statement for all services (an indicator's parent is always its criterion).
 */
async function loadChecks(
  em: EntityManager,
  tenantIds: string[],
  serviceIds: string[] | null,
  since: string,
) {
  if (!tenantIds.length) return [];
  // Lists go as JSON: the driver would expand a JS array into separate parameters.
  const ids = serviceIds ? JSON.stringify(serviceIds) : null;
  return em.execute<CheckRow[]>(
    `select a.id, a.tenant_id, a.service_id, s.name as service_name, s.plugin_code, a.title, a.kind, a.status,
            a.started_on::text as started_on,
            (a.completed_at at time zone 'Europe/Sofia')::date::text as completed_on,
            coalesce((select array_agg(r.result) from assessment_result r
                       where r.tenant_id = a.tenant_id and r.assessment_id = a.id and r.result is not null),
                     '{}') as results,
            (select count(*)::int from catalogue_item i
              where i.version_id = a.catalogue_version_id and i.kind = 'indicator'
                and (a.scope_criteria is null or i.parent_item_id = any (a.scope_criteria))) as total
     from assessment a join service s on s.tenant_id = a.tenant_id and s.id = a.service_id
     where a.tenant_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
       and (?::jsonb is null or a.service_id in (select jsonb_array_elements_text(?::jsonb)::uuid))
       and (a.status = 'in_progress'
            or (a.status = 'completed' and (a.completed_at at time zone 'Europe/Sofia')::date >= ?::date))
     order by a.completed_at nulls last, a.started_on, a.id`,
    [JSON.stringify(tenantIds), ids, ids, since],
  );
}

/** Each service's latest score, its change and its score per quarter, from the completed checks loaded. */
function scoresOf(ctx: TenantContext, checks: CheckRow[], quarters: CalendarQuarter[]) {
  const scheme = (code: string) => ctx.plugins.list.find((p) => p.code === code)?.scoring ?? ordinanceScoring;
  const byService = new Map<string, { on: string; score: number }[]>();
  for (const c of checks) {
    if (c.status !== 'completed' || !c.completed_on) continue;
    const score = scheme(c.plugin_code).score(c.results);
    if (score === null) continue;
    const list = byService.get(c.service_id) ?? [];
    list.push({ on: c.completed_on, score });
    byService.set(c.service_id, list);
  }
  return (serviceId: string) => {
    const scored = (byService.get(serviceId) ?? []).sort((a, b) => a.on.localeCompare(b.on));
    const latest = scored.at(-1);
    const before = scored.at(-2);
    return {
      latestScore: latest?.score ?? null,
      latestCheckOn: latest?.on ?? null,
      change: latest && before ? round1(latest.score - before.score) : null,
      trend: quarters.map((q) => ({
        quarter: quarterKey(q),
        score: scored.filter((s) => quarterOf(s.on) === quarterKey(q)).at(-1)?.score ?? null,
      })),
    };
  };
}

export async function tenantHome(ctx: TenantContext, now = new Date()): Promise<Home> {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  const today = sofiaDate(now);
  const quarters = quartersBetween(addDays(today, -92 * (TREND_QUARTERS - 1)), today).slice(-TREND_QUARTERS);
  const trendSince = quarters[0]?.start ?? today;
  const recentSince = addDays(today, -RECENT_DAYS);
  const [tenant] = await em.execute<{ kind: Home['tenantKind'] }[]>(`select kind from tenant where id = ?`, [
    tenantId,
  ]);
  const tenantKind = tenant?.kind ?? 'provider';

  let deadlines: Home['deadlines'] = null;
  if (can('deadlines.read') && tenantKind !== 'agency') {
    // The same window and the same computation as the deadlines page and the header's count: they cannot disagree.
    const items = await computeDeadlines(em, windowOf(tenantId, {}, now));
    deadlines = {
      ...deadlineSummary(items),
      overdueByKind: overdueByKind(items),
      dueSoon: items.filter((i) => i.status === 'due').slice(0, URGENT_LIMIT),
    };
  }

  const home: Home = {
    today,
    tenantKind,
    deadlines,
    checks: null,
    inspections: null,
    quarters: quarters.map(quarterKey),
    services: null,
    feedback: null,
    documents: null,
  };
  if (tenantKind === 'provider') await providerParts(ctx, home, { trendSince, recentSince, quarters });
  if (tenantKind === 'municipality')
    await municipalityParts(ctx, home, { trendSince, recentSince, quarters, today });
  return home;
}

/** The overdue items counted by kind, the kind whose oldest item has waited longest first. */
export function overdueByKind(items: Pick<DueItem, 'kind' | 'status' | 'tracked' | 'dueOn'>[]) {
  const kinds = new Map<string, { kind: string; count: number; firstDue: string }>();
  for (const item of items.filter(isOverdue)) {
    const group = kinds.get(item.kind) ?? { kind: item.kind, count: 0, firstDue: item.dueOn };
    group.count++;
    if (item.dueOn < group.firstDue) group.firstDue = item.dueOn;
    kinds.set(item.kind, group);
  }
  return [...kinds.values()].sort((a, b) => a.firstDue.localeCompare(b.firstDue) || b.count - a.count);
}

interface Window {
  trendSince: string;
  recentSince: string;
  quarters: CalendarQuarter[];
}

async function providerParts(ctx: TenantContext, home: Home, w: Window) {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  if (can('assessments.read')) {
    const checks = await loadChecks(em, [tenantId], null, w.trendSince);
    home.checks = checks
      .filter((c) => c.status === 'in_progress')
      .map((c) => ({
        id: c.id,
        title: c.title,
        serviceName: c.service_name,
        kind: c.kind,
        startedOn: c.started_on,
        answered: c.results.length,
        total: c.total,
      }));
    const services = await em.find(Service, { tenantId }, { orderBy: { name: 'asc' } });
    const score = scoresOf(ctx, checks, w.quarters);
    const plugins = { servicePlugins: ctx.plugins.list as never };
    home.services = services.map((s) => ({
      serviceId: s.id,
      serviceName: s.name,
      providerName: null,
      ...score(s.id),
      rulesFailed: serviceView(s, plugins).rules.filter((r) => r.status === 'fail').length,
      inspectionDueBy: null,
      inspectionOverdue: false,
    }));
  }
  if (can('surveys.read')) {
    const surveys = await em.execute<
      { id: string; title: { bg: string; en: string; uk: string }; service_name: string; answers: number }[]
    >(
      `select v.id, v.title, s.name as service_name,
              (select count(*)::int from survey_response r
                where r.tenant_id = v.tenant_id and r.survey_id = v.id and r.submitted_on >= ?::date) as answers
       from survey v join service s on s.tenant_id = v.tenant_id and s.id = v.service_id
       where v.tenant_id = ? and v.status = 'open' order by s.name, v.created_at`,
      [w.recentSince, tenantId],
    );
    home.feedback = {
      days: RECENT_DAYS,
      total: surveys.reduce((sum, s) => sum + s.answers, 0),
      surveys: surveys.map((s) => ({
        id: s.id,
        title: s.title,
        serviceName: s.service_name,
        answers: s.answers,
      })),
    };
  }
  const documents: DocumentNotice[] = [];
  if (can('programme.read')) {
    // Own programmes waiting for the municipality's agreement (art. 16(2), 20(2)), or decided lately.
    const rows = await em.execute<
      {
        id: string;
        title: string;
        service_name: string | null;
        municipality: string | null;
        status: string;
        on: string;
      }[]
    >(
      `select p.id, p.title, s.name as service_name, m.legal_name as municipality, p.status,
              (coalesce(p.decided_at, p.submitted_at) at time zone 'Europe/Sofia')::date::text as "on"
       from quality_programme p
       left join service s on s.tenant_id = p.tenant_id and s.id = p.service_id
       left join tenant m on m.id = p.municipality_tenant_id
       where p.tenant_id = ? and (p.status = 'submitted' or p.decided_at >= ?::date)
       order by 6 desc`,
      [tenantId, w.recentSince],
    );
    for (const r of rows)
      documents.push({
        kind: 'programme',
        id: r.id,
        title: r.title,
        serviceName: r.service_name,
        from: r.status === 'submitted' ? null : r.municipality,
        status: r.status,
        on: r.on,
        link: `/t/${tenantId}/programme/${r.id}`,
      });
    // The municipality's comments on the provider's reports and programmes (target_reads).
    const comments = await em.execute<
      {
        id: string;
        target_kind: 'report' | 'programme';
        target_id: string;
        title: string | null;
        author_org: string;
        on: string;
      }[]
    >(
      `select c.id, c.target_kind, c.target_id, coalesce(r.title, p.title) as title, t.legal_name as author_org,
              (c.created_at at time zone 'Europe/Sofia')::date::text as "on"
       from received_comment c
       join tenant t on t.id = c.tenant_id
       left join report r on c.target_kind = 'report' and r.tenant_id = c.target_tenant_id and r.id = c.target_id
       left join quality_programme p on c.target_kind = 'programme' and p.tenant_id = c.target_tenant_id
                                     and p.id = c.target_id
       where c.target_tenant_id = ? and c.created_at >= ?::date order by c.created_at desc`,
      [tenantId, w.recentSince],
    );
    for (const c of comments)
      documents.push({
        kind: 'comment',
        id: c.id,
        title: c.title ?? '',
        serviceName: null,
        from: c.author_org,
        status: 'received',
        on: c.on,
        link:
          c.target_kind === 'report'
            ? `/t/${tenantId}/reports/${c.target_id}`
            : `/t/${tenantId}/programme/${c.target_id}`,
      });
  }
  if (can('inspections.read')) {
    // Signed inspection reports about the provider's services (art. 33(4)), lately.
    const reports = await em.execute<
      { id: string; service_name: string; municipality: string; order_number: string; on: string }[]
    >(
      `select i.id, i.service_name, t.legal_name as municipality, i.order_number,
              (i.signed_at at time zone 'Europe/Sofia')::date::text as "on"
       from inspection i join tenant t on t.id = i.tenant_id
       where i.provider_tenant_id = ? and i.status = 'signed' and i.signed_at >= ?::date - 60
       order by i.signed_at desc`,
      [tenantId, w.recentSince],
    );
    for (const r of reports)
      documents.push({
        kind: 'inspection_report',
        id: r.id,
        title: r.order_number,
        serviceName: r.service_name,
        from: r.municipality,
        status: 'signed',
        on: r.on,
        link: `/t/${tenantId}/inspections/${r.id}`,
      });
  }
  home.documents = documents.sort((a, b) => b.on.localeCompare(a.on));
}

async function municipalityParts(ctx: TenantContext, home: Home, w: Window & { today: string }) {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  if (can('inspections.read')) {
    const rows = await em.execute<
      (Omit<InspectionState, 'answered' | 'total'> & { answered: number; total: number })[]
    >(
      `select i.id, i.service_name as "serviceName", i.provider_name as "providerName",
              i.order_number as "orderNumber", i.status, i.starts_on::text as "startsOn", i.ends_on::text as "endsOn",
              i.report_due_on::text as "reportDueOn",
              (select count(*)::int from inspection_finding f
                where f.tenant_id = i.tenant_id and f.inspection_id = i.id and f.result is not null) as answered,
              (select count(*)::int from catalogue_item c
                where c.version_id = i.catalogue_version_id and c.kind = 'indicator'
                  and (i.scope_criteria is null or c.parent_item_id = any (i.scope_criteria))) as total
       from inspection i where i.tenant_id = ? and i.status <> 'signed' order by i.starts_on, i.id`,
      [tenantId],
    );
    home.inspections = rows;
  }
  if (can('oversight.read')) {
    // Row-level security shows the services commissioned under a contract in force (commissioned_read).
    const contracts = await em.find(CommissioningContract, { tenantId, status: 'active' });
    const services = (
      await em.find(Service, { tenantId: { $ne: tenantId } }, { orderBy: { name: 'asc' } })
    ).filter((s) => contracts.some((c) => c.serviceId === s.id));
    const providers = await em.execute<{ id: string; legal_name: string }[]>(
      `select id, legal_name from tenant where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [JSON.stringify([...new Set(services.map((s) => s.tenantId))])],
    );
    const inspected = await em.execute<{ service_id: string; last_on: string | null; open: boolean }[]>(
      `select service_id, max(coalesce(completed_on, ends_on)) filter (where status = 'signed')::text as last_on,
              bool_or(status <> 'signed') as open
       from inspection where tenant_id = ? group by service_id`,
      [tenantId],
    );
    const checks = await loadChecks(
      em,
      [...new Set(services.map((s) => s.tenantId))],
      services.map((s) => s.id),
      w.trendSince,
    );
    const score = scoresOf(ctx, checks, w.quarters);
    const plugins = { servicePlugins: ctx.plugins.list as never };
    home.services = services.map((s) => {
      const contract = contracts.find((c) => c.serviceId === s.id);
      const inspection = inspected.find((i) => i.service_id === s.id);
      const dueBy = nextPeriodicInspection(
        inspection?.last_on ?? null,
        isoDate(contract?.startsOn ?? w.today),
      );
      return {
        serviceId: s.id,
        serviceName: s.name,
        providerName: providers.find((p) => p.id === s.tenantId)?.legal_name ?? '',
        ...score(s.id),
        rulesFailed: serviceView(s, plugins).rules.filter((r) => r.status === 'fail').length,
        inspectionDueBy: dueBy,
        inspectionOverdue: dueBy < w.today && !inspection?.open,
      };
    });
    // Documents received: programmes waiting for this municipality's decision, reports submitted lately.
    const received = await em.execute<
      {
        kind: 'programme' | 'report';
        id: string;
        tenant_id: string;
        title: string;
        service_name: string | null;
        provider: string;
        status: string;
        on: string;
      }[]
    >(
      `select 'programme' as kind, p.id, p.tenant_id, p.title, s.name as service_name, t.legal_name as provider,
              p.status, (p.submitted_at at time zone 'Europe/Sofia')::date::text as "on"
       from quality_programme p join tenant t on t.id = p.tenant_id
       left join service s on s.tenant_id = p.tenant_id and s.id = p.service_id
       where p.municipality_tenant_id = ? and p.status = 'submitted'
       union all
       select 'report', r.id, r.tenant_id, r.title, s.name, t.legal_name, 'received',
              (r.submitted_at at time zone 'Europe/Sofia')::date::text
       from report r join tenant t on t.id = r.tenant_id
       left join service s on s.tenant_id = r.tenant_id and s.id = r.service_id
       where r.tenant_id <> ? and r.status = 'submitted' and r.submitted_at >= ?::date
       order by 8 desc`,
      [tenantId, tenantId, w.recentSince],
    );
    home.documents = received.map((r) => ({
      kind: r.kind,
      id: r.id,
      title: r.title,
      serviceName: r.service_name,
      from: r.provider,
      status: r.status,
      on: r.on,
      link: r.kind === 'programme' ? `/t/${tenantId}/inbox/${r.id}` : `/t/${tenantId}/reports/${r.id}`,
    }));
  }
}
