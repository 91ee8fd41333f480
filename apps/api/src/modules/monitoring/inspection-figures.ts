import type { EntityManager } from '@mera/db';

/**
 * The results of the municipality's own control activity in a year (art. 35(1) 1): the inspections of art. 30–34.
 * The yearly monitoring shows these figures under method 1; the inspections module fills them.
 */
export interface InspectionYearFigures {
  /** Inspections whose report was signed in the year, by kind (art. 31). */
  done: { periodic: number; extraordinary: number; follow_up: number };
  /** Of those, the ones whose report found non-conformities with the standards. */
  withNonConformities: number;
  /** Reports forwarded to the Agency for the Quality of Social Services (art. 34). */
  forwardedToAgency: number;
  /** Prescriptions given in the year, and how many were fulfilled by their deadline. */
  prescriptions: { given: number; fulfilled: number; overdue: number };
  /** One line per inspection, for the document's table. */
  items: {
    serviceName: string;
    providerName: string;
    kind: 'periodic' | 'extraordinary' | 'follow_up';
    /** `YYYY-MM-DD`, the inspection's date. */
    on: string;
    nonConformities: number;
    forwarded: boolean;
  }[];
}

export const NO_INSPECTIONS: InspectionYearFigures = {
  done: { periodic: 0, extraordinary: 0, follow_up: 0 },
  withNonConformities: 0,
  forwardedToAgency: 0,
  prescriptions: { given: 0, fulfilled: 0, overdue: 0 },
  items: [],
};

/**
 * The year's inspection figures of a municipality: the inspections whose report was signed in the calendar year
 * (Europe/Sofia), a signed correction standing in for the report it corrects.
 */
export async function inspectionFiguresOfYear(
  em: EntityManager,
  tenantId: string,
  year: number,
): Promise<InspectionYearFigures> {
  const rows = await em.execute<
    {
      service_name: string;
      provider_name: string;
      kind: 'periodic' | 'extraordinary';
      on: string;
      non_conformities: number;
      other_violations: boolean;
      forwarded: boolean;
      given: number;
      fulfilled: number;
      overdue: number;
    }[]
  >(
    `select i.service_name, i.provider_name, i.kind, coalesce(i.completed_on, i.ends_on)::text as "on",
       (select count(*)::int from inspection_finding f where f.tenant_id = i.tenant_id and f.inspection_id = i.id
          and f.result in ('not_met', 'partly_met')) as non_conformities,
       i.other_violations is not null as other_violations,
       i.forwarded_at is not null as forwarded,
       (select count(*)::int from inspection_prescription p where p.tenant_id = i.tenant_id and p.inspection_id = i.id) as given,
       (select count(*)::int from inspection_prescription p where p.tenant_id = i.tenant_id and p.inspection_id = i.id
          and p.done_on is not null and p.done_on <= p.due_on) as fulfilled,
       (select count(*)::int from inspection_prescription p where p.tenant_id = i.tenant_id and p.inspection_id = i.id
          and p.done_on is null and p.due_on < (now() at time zone 'Europe/Sofia')::date) as overdue
     from inspection i
     where i.tenant_id = ? and i.status = 'signed'
       and extract(year from i.signed_at at time zone 'Europe/Sofia') = ?
       and not exists (select 1 from inspection c where c.tenant_id = i.tenant_id and c.corrects_id = i.id
                         and c.status = 'signed')
     order by 4, 1`,
    [tenantId, year],
  );
  const figures = structuredClone(NO_INSPECTIONS);
  for (const r of rows) {
    figures.done[r.kind]++;
    if (r.non_conformities > 0 || r.other_violations) figures.withNonConformities++;
    if (r.forwarded) figures.forwardedToAgency++;
    figures.prescriptions.given += r.given;
    figures.prescriptions.fulfilled += r.fulfilled;
    figures.prescriptions.overdue += r.overdue;
    figures.items.push({
      serviceName: r.service_name,
      providerName: r.provider_name,
      kind: r.kind,
      on: r.on,
      nonConformities: r.non_conformities,
      forwarded: r.forwarded,
    });
  }
  return figures;
}
