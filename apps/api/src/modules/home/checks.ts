import { ordinanceScoring, type IndicatorResult } from '@mera/plugin-sdk';
import { sql, sqlOf, type EntityManager } from '@mera/db';
import { ofItsService, sofiaDayOf } from '../../shared/sql.ts';
import type { CalendarQuarter } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';

export const quarterKey = (q: Pick<CalendarQuarter, 'year' | 'quarter'>) => `${q.year}-Q${q.quarter}`;
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

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
  let query = sqlOf(em)
    .selectFrom('assessment as a')
    .innerJoin('service as s', (join) => ofItsService(join, 's', 'a'))
    .select((eb) => [
      'a.id',
      'a.tenant_id',
      'a.service_id',
      's.name as service_name',
      's.plugin_code',
      'a.title',
      'a.kind',
      'a.status',
      'a.started_on',
      sofiaDayOf('a.completed_at').as('completed_on'),
      eb.fn
        .coalesce(
          eb
            .selectFrom('assessment_result as r')
            .select((r) => r.fn.agg<IndicatorResult[]>('array_agg', ['r.result']).as('results'))
            .whereRef('r.tenant_id', '=', 'a.tenant_id')
            .whereRef('r.assessment_id', '=', 'a.id')
            .where('r.result', 'is not', null),
          sql<IndicatorResult[]>`'{}'`,
        )
        .as('results'),
      indicatorsInScope(em, { version: 'a.catalogue_version_id', scope: 'a.scope_criteria' }).as('total'),
    ])
    .where('a.tenant_id', 'in', tenantIds)
    .where((eb) =>
      eb.or([
        eb('a.status', '=', 'in_progress'),
        eb.and([eb('a.status', '=', 'completed'), eb(sofiaDayOf('a.completed_at'), '>=', since)]),
      ]),
    );
  // No services: still one statement (home.test.ts counts them), answering nothing.
  if (serviceIds)
    query = serviceIds.length
      ? query.where('a.service_id', 'in', serviceIds)
      : query.where(sql<boolean>`false`);
  return (
    query
      // The entity's enums are typed loosely; the table's checks hold these values.
      .$narrowType<{
        kind: 'periodic' | 'self_assessment';
        status: 'planned' | 'in_progress' | 'completed';
      }>()
      .orderBy('a.completed_at', (ob) => ob.asc().nullsLast())
      .orderBy('a.started_on')
      .orderBy('a.id')
      .execute()
  );
}

type Check = Awaited<ReturnType<typeof loadChecks>>[number];

/**
 * How many indicators a check or an inspection covers: those of its catalogue version within its scope (every
 * criterion when none was chosen). An indicator's parent is always its criterion.
 */
export function indicatorsInScope(em: EntityManager, record: { version: string; scope: string }) {
  return sqlOf(em)
    .selectFrom('catalogue_item as c')
    .select((c) => c.cast<number>(c.fn.countAll(), 'integer').as('n'))
    .where('c.version_id', '=', sql.ref<string>(record.version))
    .where('c.kind', '=', 'indicator')
    .where((c) =>
      c.or([
        c(sql.ref(record.scope), 'is', null),
        c('c.parent_item_id', '=', c.fn.any(sql.ref<string[]>(record.scope))),
      ]),
    )
    .$asScalar()
    .$notNull();
}

/** Each service's latest score, its change and its score per quarter, from the completed checks loaded. */
export function scoresOf(
  ctx: Pick<TenantContext, 'plugins'>,
  checks: Pick<Check, 'status' | 'completed_on' | 'plugin_code' | 'results' | 'service_id'>[],
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
