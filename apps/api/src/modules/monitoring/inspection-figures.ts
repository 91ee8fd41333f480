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
 * The year's inspection figures of a municipality. The inspections module (art. 30–34) is being written: until it
 * lands this returns an empty result and the document says that no inspections are recorded in Mera.
 */
export async function inspectionFiguresOfYear(
  _em: EntityManager,
  _tenantId: string,
  _year: number,
): Promise<InspectionYearFigures> {
  return structuredClone(NO_INSPECTIONS);
}
