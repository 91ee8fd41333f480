// The plan of periodic inspections (art. 30(2)).
import { sql, sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { addDays, today } from '@mera/calendar';
import { nextPeriodicInspection } from '../deadlines/index.ts';
import { assertMunicipality } from './inspections.ts';

/** Where a commissioned service stands in the plan: an inspection ordered, or the next one overdue, due or not yet. */
export type PlanState = 'overdue' | 'due' | 'ok' | 'ordered';

/** How far ahead the plan marks a service as due. */
export const PLAN_HORIZON_DAYS = 90;

/**
 * The plan of periodic inspections: every service commissioned under a contract in force, the last inspection, and
 * the day by which the next one is due — two years after the last one ended, or after the contract began.
 */
export async function inspectionPlan({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>) {
  await assertMunicipality(em, tenantId);
  const rows = await sqlOf(em)
    .selectFrom('commissioning_contract as c')
    .innerJoin('tenant as t', 't.id', 'c.provider_tenant_id')
    .leftJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'c.provider_tenant_id').onRef('s.id', '=', 'c.service_id'),
    )
    .select((eb) => {
      // The service's inspections by this municipality: the last signed one, and one still open.
      const inspections = () =>
        eb
          .selectFrom('inspection as i')
          .whereRef('i.tenant_id', '=', 'c.tenant_id')
          .whereRef('i.service_id', '=', 'c.service_id')
          .limit(1);
      const lastEnded = sql<string>`coalesce(i.completed_on, i.ends_on)`;
      return [
        'c.id as contract_id',
        'c.service_id',
        sql<string>`c.starts_on::text`.as('starts_on'),
        's.name as service_name',
        't.legal_name as provider_name',
        's.address',
        inspections()
          .select(sql<string>`${lastEnded}::text`.as('last_on'))
          .where('i.status', '=', 'signed')
          .orderBy(lastEnded, 'desc')
          .$castTo<{ last_on: string | null }>()
          .$asScalar()
          .as('last_on'),
        inspections()
          .select('i.id')
          .where('i.status', '=', 'signed')
          .orderBy(lastEnded, 'desc')
          .$castTo<{ id: string | null }>()
          .$asScalar()
          .as('last_id'),
        inspections()
          .select('i.id')
          .where('i.status', '<>', 'signed')
          .orderBy('i.order_date', 'desc')
          .$castTo<{ id: string | null }>()
          .$asScalar()
          .as('open_id'),
      ];
    })
    .where('c.tenant_id', '=', tenantId)
    .where('c.status', '=', 'active')
    .where('c.service_id', 'is not', null)
    .$narrowType<{ service_id: string }>()
    .orderBy('s.name')
    .orderBy('t.legal_name')
    .execute();
  const now = today();
  return rows.map((r) => {
    const dueBy = nextPeriodicInspection(r.last_on, r.starts_on);
    return {
      contractId: r.contract_id,
      serviceId: r.service_id,
      serviceName: r.service_name ?? '',
      providerName: r.provider_name,
      address: r.address,
      lastInspectionOn: r.last_on,
      lastInspectionId: r.last_id,
      openInspectionId: r.open_id,
      dueBy,
      state: (r.open_id
        ? 'ordered'
        : dueBy < now
          ? 'overdue'
          : dueBy <= addDays(now, PLAN_HORIZON_DAYS)
            ? 'due'
            : 'ok') as PlanState,
    };
  });
}
