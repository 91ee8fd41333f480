import { CommissioningContract, Service, sql, sqlOf, Tenant } from '@mera/db';
import { isoDate } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';
import { nextPeriodicInspection } from '../deadlines/index.ts';
import { serviceView } from '../services/index.ts';
import { loadChecks, scoresOf } from './checks.ts';
import type { Home, HomeWindow, InspectionState } from './types.ts';

/** A municipality's home: its inspections in progress, the services it commissions, the documents it received. */
export async function municipalityParts(ctx: TenantContext, home: Home, w: HomeWindow) {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  if (can('inspections.read')) {
    // The inspections' tables get their entities with issue 11's checklist engine: raw until then.
    home.inspections = await em.execute<InspectionState[]>(
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
  }
  if (!can('oversight.read')) return;
  // Row-level security shows the services commissioned under a contract in force (commissioned_read).
  const contracts = await em.find(CommissioningContract, { tenantId, status: 'active' });
  const services = (
    await em.find(Service, { tenantId: { $ne: tenantId } }, { orderBy: { name: 'asc' } })
  ).filter((s) => contracts.some((c) => c.serviceId === s.id));
  const providerIds = [...new Set(services.map((s) => s.tenantId))];
  const providers = await em.find(Tenant, { id: { $in: providerIds } }, { fields: ['id', 'legalName'] });
  // The inspections' table gets its entity with issue 11's checklist engine: raw until then.
  const inspected = await em.execute<{ service_id: string; last_on: string | null; open: boolean }[]>(
    `select service_id, max(coalesce(completed_on, ends_on)) filter (where status = 'signed')::text as last_on,
            bool_or(status <> 'signed') as open
     from inspection where tenant_id = ? group by service_id`,
    [tenantId],
  );
  const checks = await loadChecks(
    em,
    providerIds,
    services.map((s) => s.id),
    w.trendSince,
  );
  const score = scoresOf(ctx, checks, w.quarters);
  home.services = services.map((s) => {
    const contract = contracts.find((c) => c.serviceId === s.id);
    const inspection = inspected.find((i) => i.service_id === s.id);
    const dueBy = nextPeriodicInspection(inspection?.last_on ?? null, isoDate(contract?.startsOn ?? w.today));
    return {
      serviceId: s.id,
      serviceName: s.name,
      providerName: providers.find((p) => p.id === s.tenantId)?.legalName ?? '',
      ...score(s.id),
      rulesFailed: serviceView(s, ctx.plugins.list).rules.filter((r) => r.status === 'fail').length,
      inspectionDueBy: dueBy,
      inspectionOverdue: dueBy < w.today && !inspection?.open,
    };
  });
  // Documents received: programmes waiting for this municipality's decision, reports submitted lately.
  const db = sqlOf(em);
  const received = await db
    .selectFrom('quality_programme as p')
    .innerJoin('tenant as t', 't.id', 'p.tenant_id')
    .leftJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.service_id'),
    )
    .select([
      sql<'programme' | 'report'>`'programme'`.as('kind'),
      'p.id',
      'p.title',
      's.name as service_name',
      't.legal_name as provider',
      sql<string>`p.status`.as('status'),
      sql<string>`(p.submitted_at at time zone 'Europe/Sofia')::date::text`.as('on'),
    ])
    .where('p.municipality_tenant_id', '=', tenantId)
    .where('p.status', '=', 'submitted')
    .unionAll(
      db
        .selectFrom('report as r')
        .innerJoin('tenant as t', 't.id', 'r.tenant_id')
        .leftJoin('service as s', (join) =>
          join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.service_id'),
        )
        .select([
          sql<'programme' | 'report'>`'report'`.as('kind'),
          'r.id',
          'r.title',
          's.name as service_name',
          't.legal_name as provider',
          sql<string>`'received'`.as('status'),
          sql<string>`(r.submitted_at at time zone 'Europe/Sofia')::date::text`.as('on'),
        ])
        .where('r.tenant_id', '<>', tenantId)
        .where('r.status', '=', 'submitted')
        .where('r.submitted_at', '>=', sql<string>`${w.recentSince}::date`),
    )
    .orderBy('on', 'desc')
    .execute();
  home.documents = received.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: r.title,
    serviceName: r.service_name,
    from: r.provider,
    status: r.status,
    on: r.on,
    target: { type: r.kind === 'programme' ? 'received_programme' : 'report', id: r.id },
  }));
}
