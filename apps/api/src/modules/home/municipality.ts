import { CommissioningContract, Service, sql, sqlOf, Tenant } from '@mera/db';
import { isoDate } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';
import { nextPeriodicInspection } from '../deadlines/index.ts';
import { serviceView } from '../services/index.ts';
import { indicatorsInScope, loadChecks, scoresOf } from './checks.ts';
import type { Home, HomeWindow, InspectionState } from './types.ts';
import { ofItsService, sofiaDayOf } from '../../shared/sql.ts';

/** A municipality's home: its inspections in progress, the services it commissions, the documents it received. */
export async function municipalityParts(ctx: TenantContext, home: Home, w: HomeWindow) {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  if (can('inspections.read')) {
    home.inspections = await sqlOf(em)
      .selectFrom('inspection as i')
      .select((eb) => [
        'i.id',
        'i.service_name as serviceName',
        'i.provider_name as providerName',
        'i.order_number as orderNumber',
        'i.status',
        'i.starts_on as startsOn',
        'i.ends_on as endsOn',
        'i.report_due_on as reportDueOn',
        eb
          .selectFrom('inspection_finding as f')
          .select((f) => f.cast<number>(f.fn.countAll(), 'integer').as('n'))
          .whereRef('f.tenant_id', '=', 'i.tenant_id')
          .whereRef('f.inspection_id', '=', 'i.id')
          .where('f.result', 'is not', null)
          .$asScalar()
          .$notNull()
          .as('answered'),
        indicatorsInScope(em, { version: 'i.catalogue_version_id', scope: 'i.scope_criteria' }).as('total'),
      ])
      .where('i.tenant_id', '=', tenantId)
      .where('i.status', '<>', 'signed')
      .orderBy('i.starts_on')
      .orderBy('i.id')
      // The entity's enum is typed loosely; the table's check holds these values.
      .$narrowType<Pick<InspectionState, 'status'>>()
      .execute();
  }
  if (!can('oversight.read')) return;
  // Row-level security shows the services commissioned under a contract in force (commissioned_read).
  const contracts = await em.find(CommissioningContract, { tenantId, status: 'active' });
  const services = (
    await em.find(Service, { tenantId: { $ne: tenantId } }, { orderBy: { name: 'asc' } })
  ).filter((s) => contracts.some((c) => c.serviceId === s.id));
  const providerIds = [...new Set(services.map((s) => s.tenantId))];
  const providers = await em.find(Tenant, { id: { $in: providerIds } }, { fields: ['id', 'legalName'] });
  const inspected = await sqlOf(em)
    .selectFrom('inspection')
    .select((eb) => [
      'service_id',
      eb.fn.max(eb.fn.coalesce('completed_on', 'ends_on')).filterWhere('status', '=', 'signed').as('last_on'),
      eb.fn.agg<boolean>('bool_or', [eb('status', '<>', 'signed')]).as('open'),
    ])
    .where('tenant_id', '=', tenantId)
    .groupBy('service_id')
    .execute();
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
    .leftJoin('service as s', (join) => ofItsService(join, 's', 'p'))
    .select([
      sql<'programme' | 'report'>`'programme'`.as('kind'),
      'p.id',
      'p.title',
      's.name as service_name',
      't.legal_name as provider',
      sql<string>`p.status`.as('status'),
      sofiaDayOf('p.submitted_at').as('on'),
    ])
    .where('p.municipality_tenant_id', '=', tenantId)
    .where('p.status', '=', 'submitted')
    .unionAll(
      db
        .selectFrom('report as r')
        .innerJoin('tenant as t', 't.id', 'r.tenant_id')
        .leftJoin('service as s', (join) => ofItsService(join, 's', 'r'))
        .select([
          sql<'programme' | 'report'>`'report'`.as('kind'),
          'r.id',
          'r.title',
          's.name as service_name',
          't.legal_name as provider',
          sql<string>`'received'`.as('status'),
          sofiaDayOf('r.submitted_at').as('on'),
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
