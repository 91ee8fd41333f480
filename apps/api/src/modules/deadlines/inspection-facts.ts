import { sqlOf, Tenant, type EntityManager } from '@mera/db';
import type { InspectionFacts } from './inspection-rules.ts';
import type { RuleContext } from './rules.ts';
import { sameTenant } from '../../shared/sql.ts';

/**
 * What the inspection rules read. A municipality: the services it commissions under a contract in force (with their
 * last signed inspection and whether one is open), its own inspections and the prescriptions it follows up. A
 * provider: only the prescriptions of signed reports about its services, which it must fulfil.
 */
export async function loadInspectionFacts(em: EntityManager, ctx: RuleContext): Promise<InspectionFacts> {
  const tenant = await em.findOne(Tenant, { id: ctx.tenantId }, { fields: ['kind'] });
  if (tenant?.kind === 'provider')
    return {
      side: 'provider',
      services: [],
      inspections: [],
      prescriptions: await prescriptions(em, ctx, 'provider'),
    };
  const db = sqlOf(em);
  const services = await db
    .selectFrom('commissioning_contract as c')
    .leftJoin('service as s', (join) =>
      join.onRef('s.tenant_id', '=', 'c.provider_tenant_id').onRef('s.id', '=', 'c.service_id'),
    )
    .select((eb) => [
      'c.service_id as serviceId',
      eb.fn.coalesce('s.name', 'c.service_description', eb.val('')).as('serviceName'),
      'c.starts_on as contractStartsOn',
      eb
        .selectFrom('inspection as i')
        .select((i) => i.fn.max(i.fn.coalesce('i.completed_on', 'i.ends_on')).as('on'))
        .whereRef('i.tenant_id', '=', 'c.tenant_id')
        .whereRef('i.service_id', '=', 'c.service_id')
        .where('i.status', '=', 'signed')
        .as('lastInspectedOn'),
      eb
        .exists(
          eb
            .selectFrom('inspection as i')
            .select('i.id')
            .whereRef('i.tenant_id', '=', 'c.tenant_id')
            .whereRef('i.service_id', '=', 'c.service_id')
            .where('i.status', '<>', 'signed'),
        )
        .$castTo<boolean>()
        .as('inspectionOpen'),
    ])
    .where('c.tenant_id', '=', ctx.tenantId)
    .where('c.status', '=', 'active')
    .where('c.service_id', 'is not', null)
    .execute();
  const inspections = await db
    .selectFrom('inspection as i')
    .select((eb) => [
      'i.id',
      'i.service_id as serviceId',
      'i.service_name as serviceName',
      'i.order_number as orderNumber',
      'i.report_due_on as reportDueOn',
      'i.completed_on as completedOn',
      eb('i.status', '=', 'signed').$castTo<boolean>().as('signed'),
      'i.mayor_received_on as mayorReceivedOn',
      eb
        .or([
          eb('i.other_violations', 'is not', null),
          eb.exists(
            eb
              .selectFrom('inspection_finding as f')
              .select('f.item_id')
              .whereRef('f.tenant_id', '=', 'i.tenant_id')
              .whereRef('f.inspection_id', '=', 'i.id')
              .where('f.result', 'in', ['not_met', 'partly_met']),
          ),
        ])
        .$castTo<boolean>()
        .as('needsForwarding'),
      eb('i.forwarded_at', 'is not', null).$castTo<boolean>().as('forwarded'),
    ])
    .where('i.tenant_id', '=', ctx.tenantId)
    .execute();
  return {
    side: 'municipality',
    // A contract's service is never null here (filtered above); Kysely does not narrow on `is not null`.
    services: services.flatMap((s) =>
      s.serviceId ? [{ ...s, serviceId: s.serviceId, lastInspectedOn: s.lastInspectedOn ?? null }] : [],
    ),
    inspections,
    prescriptions: await prescriptions(em, ctx, 'municipality'),
  };
}

/**
 * The prescriptions of signed reports: those the municipality made (it follows them up) or those made about the
 * provider's services (it must fulfil them). A signed correction replaces the report it corrects.
 */
function prescriptions(em: EntityManager, ctx: RuleContext, side: InspectionFacts['side']) {
  return sqlOf(em)
    .selectFrom('inspection_prescription as p')
    .innerJoin('inspection as i', (join) => sameTenant(join, 'i.id', 'p.inspection_id'))
    .select((eb) => [
      'p.id',
      'p.inspection_id as inspectionId',
      'i.service_id as serviceId',
      'i.service_name as serviceName',
      'p.text',
      'p.due_on as dueOn',
      eb('p.done_on', 'is not', null).$castTo<boolean>().as('done'),
    ])
    .where(side === 'provider' ? 'i.provider_tenant_id' : 'p.tenant_id', '=', ctx.tenantId)
    .where('i.status', '=', 'signed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('inspection as c')
            .select('c.id')
            .whereRef('c.tenant_id', '=', 'i.tenant_id')
            .whereRef('c.corrects_id', '=', 'i.id')
            .where('c.status', '=', 'signed'),
        ),
      ),
    )
    .execute();
}
