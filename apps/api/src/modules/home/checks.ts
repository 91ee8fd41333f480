import { ordinanceScoring, type IndicatorResult } from '@mera/plugin-sdk';
import type { EntityManager } from '@mera/db';
import type { CalendarQuarter } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';

export const quarterKey = (q: Pick<CalendarQuarter, 'year' | 'quarter'>) => `${q.year}-Q${q.quarter}`;
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface CheckRow {
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
export async function loadChecks(
  em: EntityManager,
  tenantIds: string[],
  serviceIds: string[] | null,
  since: string,
) {
  if (!tenantIds.length) return [];
  // Lists go as JSON: the driver would expand a JS array into separate parameters.
  const ids = serviceIds ? JSON.stringify(serviceIds) : null;
  // The checks' tables get their entities with issue 11's checklist engine: raw until then.
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
export function scoresOf(
  ctx: Pick<TenantContext, 'plugins'>,
  checks: CheckRow[],
  quarters: CalendarQuarter[],
) {
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
