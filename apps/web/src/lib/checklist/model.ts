import type { Result } from '#lib/evidence.ts';

/**
 * One checklist as the screens see it, whether a provider's check (art. 23–24) or a municipal inspection
 * (art. 31–33): the catalogue's sections → standards → criteria → indicators, each indicator with its answer and
 * the version that answer had when the page read it. Everything is keyed by catalogue id: the Ordinance's texts
 * repeat (the same source of information twice under criterion 4.4, and 4.1 of annex 14), so a text is never a key.
 */
export interface ChecklistAction {
  kind: 'measure' | 'prescription';
  id: string;
  title: string;
  /** A measure's programme, when known (the answer to creating it names it; the detail responses do not yet). */
  programmeId?: string;
}

export interface ChecklistIndicator {
  id: string;
  key: string;
  text: string | null;
  sources: string[];
  result: Result | null;
  note: string | null;
  version: number;
  updatedByName: string | null;
  actions: ChecklistAction[];
}

export interface ChecklistCriterion {
  id: string;
  key: string;
  statement: string | null;
  score: number | null | undefined;
  indicators: ChecklistIndicator[];
}

export interface ChecklistStandard {
  id: string;
  key: string;
  title: string | null;
  statement: string | null;
  score: number | null | undefined;
  section: { id: string; key: string; title: string | null };
  criteria: ChecklistCriterion[];
}

/** What both detail responses have in common (the API names the answer's version per kind, or `version`). */
interface RawIndicator {
  id: string;
  key: string;
  text: string | null;
  sources: string[];
  result: Result | null;
  note: string | null;
  version?: number;
  resultVersion?: number;
  findingVersion?: number;
  updatedByName: string | null;
  actions?: ChecklistAction[];
}
interface RawNode<C> {
  id: string;
  key: string;
  title?: string | null;
  statement?: string | null;
  score?: number | null;
  children: C[];
}
export type RawSection = RawNode<RawNode<RawNode<RawIndicator>>>;

export function standardsOf(sections: RawSection[]): ChecklistStandard[] {
  return sections.flatMap((section) =>
    section.children.map((standard) => ({
      id: standard.id,
      key: standard.key,
      title: standard.title ?? null,
      statement: standard.statement ?? null,
      score: standard.score,
      section: { id: section.id, key: section.key, title: section.title ?? null },
      criteria: standard.children.map((criterion) => ({
        id: criterion.id,
        key: criterion.key,
        statement: criterion.statement ?? null,
        score: criterion.score,
        indicators: criterion.children.map((indicator) => ({
          id: indicator.id,
          key: indicator.key,
          text: indicator.text,
          sources: indicator.sources,
          result: indicator.result,
          note: indicator.note,
          version: indicator.version ?? indicator.resultVersion ?? indicator.findingVersion ?? 0,
          updatedByName: indicator.updatedByName,
          actions: indicator.actions ?? [],
        })),
      })),
    })),
  );
}

export function indicatorsOf(standard: ChecklistStandard): ChecklistIndicator[] {
  return standard.criteria.flatMap((criterion) => criterion.indicators);
}

/** An element id for an indicator (catalogue ids hold slashes and dots). */
export function anchorOf(itemId: string): string {
  return `ind-${itemId.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
