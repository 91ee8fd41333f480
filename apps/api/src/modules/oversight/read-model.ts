import { sqlOf, type EntityManager } from '@mera/db';
import { checkScores, type Plugins } from '../assessments/index.ts';

/**
 * The oversight dashboard's reads, set-based (issue 15): four statements whatever the number of services — the
 * services with their contracts and providers, the latest completed check of each, those checks' scores (one
 * grouped pass over the answers), and the analyses, programmes and inspections of every service at once. Row-level
 * security still decides what is visible; these only read what the policies let through (`commissioned_read`).
 */

/** Every service the municipality commissions under a contract in force, with the contract and the provider. */
export async function commissionedServices(em: EntityManager, tenantId: string) {
  const rows = await sqlOf(em)
    .selectFrom('commissioning_contract as c')
    // Row-level security (commissioned_read on service): only while the contract is active and in force.
    .innerJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'c.provider_tenant_id').onRef('s.id', '=', 'c.service_id'),
    )
    .leftJoin('tenant as t', 't.id', 's.tenant_id')
    .select([
      's.tenant_id',
      's.id',
      's.name',
      's.plugin_code',
      's.variant_key',
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
    .where('c.tenant_id', '=', tenantId)
    .where('c.status', '=', 'active')
    .where('s.tenant_id', '<>', tenantId)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
  // One row per service (a second active contract for the same service adds nothing to the dashboard).
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}
export type CommissionedService = Awaited<ReturnType<typeof commissionedServices>>[number];

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
  em: EntityManager,
  app: Plugins,
  services: readonly Pick<CommissionedService, 'tenant_id' | 'id' | 'plugin_code'>[],
): Promise<Map<string, LatestCheck>> {
  const latest = new Map<string, LatestCheck>();
  if (services.length === 0) return latest;
  // The checks' tables get their entities with issue 11's checklist engine: raw until then.
  const rows = await em.execute<
    { tenant_id: string; service_id: string; id: string; completed_at: string; score: number | null }[]
  >(
    // One index row per service (assessment_latest_completed_idx, migration 20261209100000): row-level security
    // then checks 100 rows for 100 services, not every completed check of their history.
    `select x.tenant_id, x.service_id, a.id, a.completed_at, a.score::float8 as score
     from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[]) as x(tenant_id, service_id)
     cross join lateral (
       select a.id, a.completed_at, a.score from assessment a
       where a.tenant_id = x.tenant_id and a.service_id = x.service_id and a.status = 'completed'
       order by a.completed_at desc
       limit 1) a`,
    [services.map((s) => s.tenant_id).join(','), services.map((s) => s.id).join(',')],
  );
  const pluginOf = new Map(services.map((s) => [s.id, s.plugin_code]));
  const scores = await checkScores(
    em,
    app,
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
      completedAt: row.completed_at,
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
  em: EntityManager,
  tenantId: string,
  services: readonly Pick<CommissionedService, 'tenant_id' | 'id'>[],
  on: { today: string; lastHalfEnd: string; reviewDays: number },
): Promise<Map<string, ServiceFollowUp>> {
  const out = new Map<string, ServiceFollowUp>();
  if (services.length === 0) return out;
  // Raw for the inspections' tables (issue 11's entities); the reports' and programmes' beside them.
  const rows = await em.execute<
    {
      service_id: string;
      analysis_at: string | null;
      analysis_covered: boolean;
      waiting_since: string | null;
      programme_overdue: boolean;
      last_decision: string | null;
      last_on: string | null;
      open: boolean;
      overdue_prescriptions: number;
    }[]
  >(
    `select x.service_id, an.analysis_at, an.analysis_covered, pr.waiting_since, pr.programme_overdue,
            pr.last_decision, ins.last_on, ins.open, ins.overdue_prescriptions
     from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[]) as x(tenant_id, service_id)
     cross join lateral (
       select max(r.submitted_at) as analysis_at, coalesce(bool_or(r.period_end >= ?::date), false) as analysis_covered
       from report r
       where r.tenant_id = x.tenant_id and r.service_id = x.service_id and r.kind = 'semi_annual_analysis'
         and r.status = 'submitted') an
     cross join lateral (
       select min(q.submitted_at) filter (where q.status = 'submitted') as waiting_since,
              coalesce(bool_or(q.status = 'submitted'
                               and q.submitted_at < now() - make_interval(days => ?::int)), false) as programme_overdue,
              max(q.decided_at) as last_decision
       from quality_programme q
       where q.tenant_id = x.tenant_id and q.service_id = x.service_id and q.municipality_tenant_id = ?
         and q.status <> 'draft') pr
     cross join lateral (
       select (select max(coalesce(i.completed_on, i.ends_on))::text from inspection i
                where i.tenant_id = ? and i.service_id = x.service_id and i.status = 'signed') as last_on,
              exists (select 1 from inspection i where i.tenant_id = ? and i.service_id = x.service_id
                        and i.status <> 'signed') as open,
              (select count(*)::int from inspection_prescription p
                 join inspection i on i.tenant_id = p.tenant_id and i.id = p.inspection_id
                where i.tenant_id = ? and i.service_id = x.service_id and i.status = 'signed' and p.done_on is null
                  and p.due_on < ?::date
                  and not exists (select 1 from inspection c where c.tenant_id = i.tenant_id and c.corrects_id = i.id
                                    and c.status = 'signed')) as overdue_prescriptions) ins`,
    [
      // Ids travel as one text each (an array parameter would become a list: bound-parameters.ts).
      services.map((s) => s.tenant_id).join(','),
      services.map((s) => s.id).join(','),
      on.lastHalfEnd,
      on.reviewDays,
      tenantId,
      tenantId,
      tenantId,
      tenantId,
      on.today,
    ],
  );
  for (const row of rows)
    out.set(row.service_id, {
      analysisAt: row.analysis_at,
      analysisCovered: row.analysis_covered,
      programmeWaitingSince: row.waiting_since,
      programmeOverdue: row.programme_overdue,
      lastProgrammeDecision: row.last_decision,
      lastInspectionOn: row.last_on,
      inspectionOpen: row.open,
      overduePrescriptions: row.overdue_prescriptions,
    });
  return out;
}
