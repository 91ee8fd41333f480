import { sql, sqlOf, type EntityManager } from '@mera/db';

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
  const rows = await sqlOf(em)
    .selectFrom('inspection as i')
    // The prescriptions given, fulfilled by their deadline and overdue (today in Sofia), in one pass per inspection.
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('inspection_prescription as p')
          .select([
            sql<number>`count(*)::int`.as('given'),
            sql<number>`(count(*) filter (where p.done_on is not null and p.done_on <= p.due_on))::int`.as(
              'fulfilled',
            ),
            sql<number>`(count(*) filter (where p.done_on is null
              and p.due_on < (now() at time zone 'Europe/Sofia')::date))::int`.as('overdue'),
          ])
          .whereRef('p.tenant_id', '=', 'i.tenant_id')
          .whereRef('p.inspection_id', '=', 'i.id')
          .as('p'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'i.service_name',
      'i.provider_name',
      // The entity's enum is inferred loosely; the column holds the two kinds of art. 31.
      eb.ref('i.kind').$castTo<'periodic' | 'extraordinary'>().as('kind'),
      sql<string>`coalesce(i.completed_on, i.ends_on)::text`.as('on'),
      eb
        .selectFrom('inspection_finding as f')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('f.tenant_id', '=', 'i.tenant_id')
        .whereRef('f.inspection_id', '=', 'i.id')
        .where('f.result', 'in', ['not_met', 'partly_met'])
        .$asScalar()
        .$notNull()
        .as('non_conformities'),
      eb('i.other_violations', 'is not', null).$castTo<boolean>().as('other_violations'),
      eb('i.forwarded_at', 'is not', null).$castTo<boolean>().as('forwarded'),
      'p.given',
      'p.fulfilled',
      'p.overdue',
    ])
    .where('i.tenant_id', '=', tenantId)
    .where('i.status', '=', 'signed')
    .where(sql<number>`extract(year from i.signed_at at time zone 'Europe/Sofia')`, '=', year)
    // A signed correction stands in for the report it corrects.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('inspection as c')
            .select(sql.lit(1).as('one'))
            .whereRef('c.tenant_id', '=', 'i.tenant_id')
            .whereRef('c.corrects_id', '=', 'i.id')
            .where('c.status', '=', 'signed'),
        ),
      ),
    )
    .orderBy('on')
    .orderBy('i.service_name')
    .execute();
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
