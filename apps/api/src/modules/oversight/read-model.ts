import { sql, sqlOf, type Database, type Selectable } from '@mera/db';
import { checkScores } from '../assessments/index.ts';
import type { TenantContext } from '../../shared/context.ts';
import { commissionedServicesOf, sameTenant } from '../../shared/sql.ts';

/**
 * The oversight dashboard's reads, set-based (issue 15): four statements whatever the number of services — the
 * services with their contracts and providers, the latest completed check of each, those checks' scores (one
 * grouped pass over the answers), and the analyses, programmes and inspections of every service at once. Row-level
 * security still decides what is visible; these only read what the policies let through (`commissioned_read`).
 */

/** Every service the municipality commissions under a contract in force, with the contract and the provider. */
export async function commissionedServices({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>) {
  // Row-level security (commissioned_read on service): only while the contract is active and in force.
  const rows = await commissionedServicesOf(sqlOf(em), tenantId)
    .leftJoin('tenant as t', 't.id', 's.tenant_id')
    .select([
      's.address',
      's.municipality',
      's.capacity',
      's.current_users',
      'c.basis',
      'c.starts_on',
      'c.ends_on',
      't.legal_name',
      't.eik',
    ])
    .where('s.tenant_id', '<>', tenantId)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
  // One row per service (a second active contract for the same service adds nothing to the dashboard).
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}
export type CommissionedService = Awaited<ReturnType<typeof commissionedServices>>[number];

/** The services' `(tenant, service)` pairs as a table `x`: two arrays, one parameter each, however many services. */
function servicePairs(services: readonly Pick<CommissionedService, 'tenant_id' | 'id'>[]) {
  // raw SQL: `unnest` of two arrays with a column list — a PostgreSQL function Kysely has no builder for.
  // Typed as a check's own pair of columns (the entities'), which the lateral reads match them against.
  return sql<
    Pick<Selectable<Database['assessment']>, 'tenant_id' | 'service_id'>
  >`unnest(${services.map((s) => s.tenant_id)}::uuid[], ${services.map((s) => s.id)}::uuid[])`.as<'x'>(
    sql`x(tenant_id, service_id)`,
  );
}

export interface LatestCheck {
  id: string;
  completedAt: string;
  score: number | null;
}

/**
 * Each service's latest completed check (periodic or self-assessment) and its score: one statement when every score
 * is stored (issue 15), two when some check was completed before scores were stored.
 */
export async function latestChecks(
  { em, plugins }: Pick<TenantContext, 'em' | 'plugins'>,
  services: readonly Pick<CommissionedService, 'tenant_id' | 'id' | 'plugin_code'>[],
): Promise<Map<string, LatestCheck>> {
  const latest = new Map<string, LatestCheck>();
  if (services.length === 0) return latest;
  // One index row per service (assessment_latest_completed_idx, migration 20261209100000): row-level security
  // then checks 100 rows for 100 services, not every completed check of their history. The status and the limit
  // are literals, so the planner proves the index's predicate and the single row even under a generic plan.
  const rows = await sqlOf(em)
    .selectFrom(servicePairs(services))
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('assessment as a')
        .select(['a.id', 'a.completed_at', 'a.score'])
        .whereRef('a.tenant_id', '=', 'x.tenant_id')
        .whereRef('a.service_id', '=', 'x.service_id')
        .where('a.status', '=', sql.lit('completed'))
        .orderBy('a.completed_at', 'desc')
        .limit(sql.lit(1))
        .as('a'),
    )
    .select((eb) => [
      'x.tenant_id',
      'x.service_id',
      'a.id',
      'a.completed_at',
      eb.cast<number | null>('a.score', 'float8').as('score'),
    ])
    .execute();
  const pluginOf = new Map(services.map((s) => [s.id, s.plugin_code]));
  // The checks' engine reads the plugins as the Fastify instance holds them (a mutable list).
  const scores = await checkScores(
    em,
    { servicePlugins: [...plugins.list] },
    rows.map((row) => ({
      tenantId: row.tenant_id,
      id: row.id,
      pluginCode: pluginOf.get(row.service_id) ?? '',
      storedScore: row.score,
    })),
  );
  for (const row of rows)
    latest.set(row.service_id, {
      id: row.id,
      // A completed check: `completed_at` is set.
      completedAt: row.completed_at ?? '',
      score: scores.get(row.id)?.score ?? null,
    });
  return latest;
}

export interface ServiceFollowUp {
  /** The latest submitted semi-annual analysis (art. 25(1)). */
  analysisAt: string | null;
  /** A submitted analysis covers the half-year that ended on `lastHalfEnd`. */
  analysisCovered: boolean;
  programmeWaitingSince: string | null;
  programmeOverdue: boolean;
  lastProgrammeDecision: string | null;
  lastInspectionOn: string | null;
  inspectionOpen: boolean;
  overduePrescriptions: number;
}

/**
 * For every service at once: its analyses, its programmes waiting for this municipality, and this municipality's
 * own inspections of it (a signed correction replaces the original). One statement, one index lookup per service
 * and table.
 */
export async function followUps(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  services: readonly Pick<CommissionedService, 'tenant_id' | 'id'>[],
  on: { today: string; lastHalfEnd: string; reviewDays: number },
): Promise<Map<string, ServiceFollowUp>> {
  const out = new Map<string, ServiceFollowUp>();
  if (services.length === 0) return out;
  const rows = await sqlOf(em)
    .selectFrom(servicePairs(services))
    // The service's submitted semi-annual analyses (art. 25(1)).
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('report as r')
        .select((eb) => [
          eb.fn.max('r.submitted_at').as('analysis_at'),
          eb.fn
            .coalesce(
              eb.fn<boolean | null>('bool_or', [eb('r.period_end', '>=', on.lastHalfEnd)]),
              eb.lit(false),
            )
            .as('analysis_covered'),
        ])
        .whereRef('r.tenant_id', '=', 'x.tenant_id')
        .whereRef('r.service_id', '=', 'x.service_id')
        .where('r.kind', '=', 'semi_annual_analysis')
        .where('r.status', '=', 'submitted')
        .as('an'),
    )
    // Its programmes submitted to this municipality (art. 16(2), 20(2)).
    .crossJoinLateral((eb) =>
      eb
        .selectFrom('quality_programme as q')
        .select((eb) => [
          eb.fn.min('q.submitted_at').filterWhere('q.status', '=', 'submitted').as('waiting_since'),
          eb.fn
            .coalesce(
              eb.fn<boolean | null>('bool_or', [
                eb.and([
                  eb('q.status', '=', 'submitted'),
                  // raw SQL: PostgreSQL's interval arithmetic (`now() - make_interval(…)`).
                  eb(
                    'q.submitted_at',
                    '<',
                    sql<string>`now() - make_interval(days => ${on.reviewDays}::int)`,
                  ),
                ]),
              ]),
              eb.lit(false),
            )
            .as('programme_overdue'),
          eb.fn.max('q.decided_at').as('last_decision'),
        ])
        .whereRef('q.tenant_id', '=', 'x.tenant_id')
        .whereRef('q.service_id', '=', 'x.service_id')
        .where('q.municipality_tenant_id', '=', tenantId)
        .where('q.status', '<>', 'draft')
        .as('pr'),
    )
    .select((eb) => [
      'x.service_id',
      'an.analysis_at',
      'an.analysis_covered',
      'pr.waiting_since',
      'pr.programme_overdue',
      'pr.last_decision',
      // This municipality's own inspections of it (art. 30–33).
      eb
        .selectFrom('inspection as i')
        .select((eb) =>
          eb
            .cast<string | null>(eb.fn.max(eb.fn.coalesce('i.completed_on', 'i.ends_on')), 'text')
            .as('last_on'),
        )
        .where('i.tenant_id', '=', tenantId)
        .whereRef('i.service_id', '=', 'x.service_id')
        .where('i.status', '=', 'signed')
        .as('last_on'),
      eb
        .exists(
          eb
            .selectFrom('inspection as i')
            .select(eb.lit(1).as('one'))
            .where('i.tenant_id', '=', tenantId)
            .whereRef('i.service_id', '=', 'x.service_id')
            .where('i.status', '<>', 'signed'),
        )
        .$castTo<boolean>()
        .as('open'),
      eb
        .selectFrom('inspection_prescription as p')
        .innerJoin('inspection as i', (join) => sameTenant(join, 'i.id', 'p.inspection_id'))
        .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
        .where('i.tenant_id', '=', tenantId)
        .whereRef('i.service_id', '=', 'x.service_id')
        .where('i.status', '=', 'signed')
        .where('p.done_on', 'is', null)
        .where('p.due_on', '<', on.today)
        // A signed correction replaces the report it corrects.
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('inspection as c')
                .select(eb.lit(1).as('one'))
                .whereRef('c.tenant_id', '=', 'i.tenant_id')
                .whereRef('c.corrects_id', '=', 'i.id')
                .where('c.status', '=', 'signed'),
            ),
          ),
        )
        .as('overdue_prescriptions'),
    ])
    .execute();
  for (const row of rows)
    out.set(row.service_id, {
      analysisAt: row.analysis_at,
      analysisCovered: row.analysis_covered,
      programmeWaitingSince: row.waiting_since,
      programmeOverdue: row.programme_overdue,
      lastProgrammeDecision: row.last_decision,
      lastInspectionOn: row.last_on,
      inspectionOpen: row.open,
      overduePrescriptions: row.overdue_prescriptions ?? 0,
    });
  return out;
}
