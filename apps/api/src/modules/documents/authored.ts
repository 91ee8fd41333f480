import { AppError } from '../../shared/problem.ts';
import { invalid, stale } from '../../shared/validation.ts';

/**
 * The life every authored report shares — the provider's analyses and annual reports, the municipality's yearly
 * monitoring: figures assembled from the registers, texts the author writes section by section, frozen once it is
 * finished (submitted, approved). Each report configures its sections and what "finished" is called; this checks.
 */
export interface AuthoredRecord {
  title: string;
  sections: Record<string, string>;
  version: number;
}

/** Refuses a change to a finished document (`frozenCode`, 409) or one made from a stale read (409 stale). */
export function assertEditable(
  finished: boolean,
  frozenCode: string,
  record: AuthoredRecord,
  version?: number,
) {
  if (finished) throw new AppError(409, frozenCode);
  if (version !== undefined && record.version !== version) throw stale();
}

/** The title and texts after a change: only the document's own sections, and never an empty title. */
export function changedTexts(
  record: AuthoredRecord,
  sectionKeys: readonly string[],
  input: { title?: string | undefined; sections?: Record<string, string> | undefined },
): Pick<AuthoredRecord, 'title' | 'sections'> {
  const allowed = new Set(sectionKeys);
  const unknown = Object.keys(input.sections ?? {}).find((key) => !allowed.has(key));
  if (unknown) throw invalid(`sections.${unknown}`, 'unknown_section');
  const title = input.title !== undefined ? input.title.trim() : record.title;
  if (!title) throw invalid('title', 'required');
  return { title, sections: { ...record.sections, ...(input.sections ?? {}) } };
}

/** Every section in order, empty where the author has not written yet. */
export function sectionTexts(sectionKeys: readonly string[], sections: Record<string, string>) {
  return Object.fromEntries(sectionKeys.map((key) => [key, sections[key] ?? '']));
}
