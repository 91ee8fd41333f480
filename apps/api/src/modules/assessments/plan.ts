// The annual plan of checks (art. 23) and how each quarter stands.
import { sql, sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { versionInForce, versionTree } from '../catalogue/index.ts';
import { criteriaOf } from '../checklists/index.ts';
import { today } from '@mera/calendar';
import { listAssessments, type CheckContext } from './assessments.ts';
import { createAssessment, serviceVariant } from './changes.ts';
import { sameTenant } from '../../shared/sql.ts';

const QUARTER_DAYS = ['-02-15', '-05-15', '-08-15', '-11-15'];

/**
 * The year's plan for a service (art. 23): four periodic checks, one a quarter (art. 23(3): at least every three
 * months), and the annual self-assessment in December. The criteria come from last year's results (art. 23(2)):
 * those not fully met last year are checked first, then the rest, so that over the year every criterion is checked.
 * Quarters that already have a check are left as they are.
 */
export async function generatePlan(
  ctx: CheckContext & Pick<TenantContext, 'userId'>,
  input: { serviceId: string; year: number },
) {
  const { em, tenantId } = ctx;
  const db = sqlOf(em);
  const service = await serviceVariant(ctx, input.serviceId);
  const version = await versionInForce(em, service.plugin_code, service.variant_key);
  const criteria = criteriaOf(await versionTree(em, version.id)).map((c) => c.id);
  // Last year's completed checks: each criterion's share of indicators not fully met.
  const weak = await db
    .selectFrom('assessment as a')
    .innerJoin('assessment_result as r', (join) => sameTenant(join, 'r.assessment_id', 'a.id'))
    .innerJoin('catalogue_item as i', (join) =>
      join.onRef('i.version_id', '=', 'a.catalogue_version_id').onRef('i.item_id', '=', 'r.item_id'),
    )
    .select((eb) => [
      'i.parent_item_id as criterion',
      eb
        .cast<number>(
          eb.fn.avg(eb.case('r.result').when('not_met').then(1).when('partly_met').then(0.5).else(0).end()),
          'float8',
        )
        .as('weakness'),
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.service_id', '=', input.serviceId)
    .where('a.status', '=', 'completed')
    .where(sql<number>`extract(year from a.started_on)`, '=', input.year - 1)
    .where('r.result', '<>', 'not_applicable')
    .groupBy('i.parent_item_id')
    .execute();
  const weakness = new Map(weak.map((w) => [w.criterion, Number(w.weakness)]));
  const ordered = [...criteria].sort((a, b) => (weakness.get(b) ?? 0) - (weakness.get(a) ?? 0));
  const weakFirst = ordered.filter((c) => (weakness.get(c) ?? 0) > 0);
  const rest = ordered.filter((c) => !((weakness.get(c) ?? 0) > 0));
  const quarters: string[][] = [[], [], [], []];
  // Weak criteria go into the first quarter; the rest are spread evenly over the year.
  quarters[0]?.push(...weakFirst);
  rest.forEach((c, i) => quarters[i % 4]?.push(c));

  const existing = await db
    .selectFrom('assessment')
    .select([sql<number>`extract(quarter from coalesce(started_on, planned_on))::int`.as('quarter'), 'kind'])
    .where('tenant_id', '=', tenantId)
    .where('service_id', '=', input.serviceId)
    .where(sql<number>`extract(year from coalesce(started_on, planned_on))`, '=', input.year)
    .execute();
  const created: string[] = [];
  for (let q = 0; q < 4; q++) {
    const scope = quarters[q] ?? [];
    if (scope.length === 0 || existing.some((e) => e.quarter === q + 1 && e.kind === 'periodic')) continue;
    const detail = await createAssessment(ctx, {
      serviceId: input.serviceId,
      kind: 'periodic',
      title: `Периодичен вътрешен контрол — ${q + 1}. тримесечие ${input.year}`,
      plannedOn: `${input.year}${QUARTER_DAYS[q]}`,
      scopeCriteria: scope,
      methods: [1, 3, 4, 6, 8],
    });
    created.push(detail.id);
  }
  if (!existing.some((e) => e.kind === 'self_assessment')) {
    const detail = await createAssessment(ctx, {
      serviceId: input.serviceId,
      kind: 'self_assessment',
      title: `Годишна самооценка ${input.year}`,
      plannedOn: `${input.year}-12-01`,
      scopeCriteria: null,
      methods: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
    created.push(detail.id);
  }
  return {
    created: created.length,
    plan: await monitoringPlan(ctx, input.year, input.serviceId),
  };
}

/** The year's checks per service, with each quarter marked as covered or not (art. 23(3)). */
export async function monitoringPlan(ctx: CheckContext, year: number, serviceId?: string) {
  const checks = await listAssessments(ctx, { serviceId, year });
  // A quarter that ended before the organisation came to Mera is not a missed check in Mera.
  let query = sqlOf(ctx.em)
    .selectFrom('service as s')
    .select((eb) => [
      's.id',
      's.name',
      eb
        .selectFrom('tenant as t')
        .select(sql<string>`(t.created_at at time zone 'Europe/Sofia')::date::text`.as('joined_on'))
        .whereRef('t.id', '=', 's.tenant_id')
        .$asScalar()
        .as('joined_on'),
    ])
    .where('s.tenant_id', '=', ctx.tenantId);
  if (serviceId) query = query.where('s.id', '=', serviceId);
  const services = await query.orderBy((eb) => eb.fn('lower', ['s.name'])).execute();
  const now = today();
  return {
    year,
    services: services.map((s) => {
      const own = checks.filter((c) => c.serviceId === s.id);
      const quarters = [1, 2, 3, 4].map((q) => {
        const inQuarter = own.filter((c) => {
          const day = c.startedOn ?? c.plannedOn ?? '';
          return Math.ceil(Number(day.slice(5, 7)) / 3) === q;
        });
        const end = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`;
        const covered = inQuarter.some((c) => c.status === 'completed');
        const status: 'done' | 'planned' | 'overdue' | 'missing' | 'none' = covered
          ? 'done'
          : inQuarter.length
            ? end < now
              ? 'overdue'
              : 'planned'
            : end < now && end >= s.joined_on
              ? 'missing'
              : 'none';
        return { quarter: q, checks: inQuarter.length, status };
      });
      return { serviceId: s.id, serviceName: s.name, quarters, checks: own };
    }),
  };
}
