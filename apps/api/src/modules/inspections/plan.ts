// The plan of periodic inspections (art. 30(2)).
import type { EntityManager } from '@mera/db';
import { addDays, today } from '@mera/calendar';
import { nextPeriodicInspection } from '../deadlines/index.ts';
import { assertMunicipality } from './inspections.ts';

export interface PlanRow {
  contractId: string;
  serviceId: string;
  serviceName: string;
  providerName: string;
  address: string | null;
  lastInspectionOn: string | null;
  lastInspectionId: string | null;
  openInspectionId: string | null;
  /** The latest day by which the next periodic inspection must happen (art. 30(2)). */
  dueBy: string;
  state: 'overdue' | 'due' | 'ok' | 'ordered';
}

/** How far ahead the plan marks a service as due. */
export const PLAN_HORIZON_DAYS = 90;

/**
 * The plan of periodic inspections: every service commissioned under a contract in force, the last inspection, and
 * the day by which the next one is due — two years after the last one ended, or after the contract began.
 */
export async function inspectionPlan(em: EntityManager, tenantId: string): Promise<PlanRow[]> {
  await assertMunicipality(em, tenantId);
  const rows = await em.execute<
    {
      contract_id: string;
      service_id: string;
      starts_on: string;
      service_name: string | null;
      provider_name: string;
      address: string | null;
      last_on: string | null;
      last_id: string | null;
      open_id: string | null;
    }[]
  >(
    `select c.id as contract_id, c.service_id, c.starts_on::text, s.name as service_name, t.legal_name as provider_name,
       s.address,
       (select coalesce(i.completed_on, i.ends_on)::text from inspection i where i.tenant_id = c.tenant_id
          and i.service_id = c.service_id and i.status = 'signed' order by coalesce(i.completed_on, i.ends_on) desc limit 1) as last_on,
       (select i.id from inspection i where i.tenant_id = c.tenant_id and i.service_id = c.service_id
          and i.status = 'signed' order by coalesce(i.completed_on, i.ends_on) desc limit 1) as last_id,
       (select i.id from inspection i where i.tenant_id = c.tenant_id and i.service_id = c.service_id
          and i.status <> 'signed' order by i.order_date desc limit 1) as open_id
     from commissioning_contract c
     join tenant t on t.id = c.provider_tenant_id
     left join service s on s.tenant_id = c.provider_tenant_id and s.id = c.service_id
     where c.tenant_id = ? and c.status = 'active' and c.service_id is not null
     order by s.name, t.legal_name`,
    [tenantId],
  );
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
      state: r.open_id
        ? 'ordered'
        : dueBy < now
          ? 'overdue'
          : dueBy <= addDays(now, PLAN_HORIZON_DAYS)
            ? 'due'
            : 'ok',
    };
  });
}
