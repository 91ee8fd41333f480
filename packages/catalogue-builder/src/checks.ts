/** The checks after an annex is read: footnotes placed, odd white space and look-alike units noted. */

import { CatalogueParseError, type DefectKind } from './model.ts';
import { type Cursor, SECTION_KEYS } from './grammar.ts';

export interface NoteOwner {
  what: string;
  text: string;
  notes: string[];
}

/**
 * A footnote (*) belongs to the innermost open indicator, criterion or standard whose text carries its marker —
 * usually the one just before it; `displaced` when an inner one came between.
 */
export function noteOwner(c: Cursor, marker: string): { owner?: NoteOwner; displaced: boolean } {
  const candidates: NoteOwner[] = [];
  if (c.indicator && (c.where === 'indicator' || c.where === 'sources'))
    candidates.push({
      what: `indicator ${c.indicator.number}`,
      text: c.indicator.text,
      notes: c.indicator.notes,
    });
  if (c.criterion && ['criterion', 'indicator', 'sources'].includes(c.where))
    candidates.push({
      what: `criterion ${c.criterion.key}`,
      text: c.criterion.statement,
      notes: c.criterion.notes,
    });
  if (c.standard && ['standard', 'criterion', 'indicator', 'sources'].includes(c.where))
    candidates.push({
      what: `standard ${c.standard.key}`,
      text: `${c.standard.title} ${c.standard.statement}`,
      notes: c.standard.notes,
    });
  const index = candidates.findIndex((candidate) => candidate.text.includes(marker));
  return { owner: candidates[index], displaced: index > 0 };
}

/**
 * Lines whose white space is more than single spaces between words: no-break spaces (U+00A0) inside the text
 * ("116 111"), trailing runs of them, a leading one. Normalised like every line; recorded so the list is complete.
 * (Lines of nothing but white space — the table's row separators — are blank lines, not defects.)
 */
export function noteOddWhitespace(
  raw: string,
  defect: (kind: DefectKind, printed: string, handling: string) => void,
): void {
  const inner = raw.trim();
  const problems: [string, number][] = [];
  if (/^\s/u.test(raw)) problems.push(['leading white space', 0]);
  const odd = /\u00a0|\s{2,}|\t/u.exec(inner);
  if (odd)
    problems.push([
      'a no-break space or a run of white space inside the text',
      raw.indexOf(inner) + odd.index,
    ]);
  if (/\s$/u.test(raw)) problems.push(['trailing white space', raw.length - 1]);
  const [first] = problems;
  if (!first) return;
  const at = first[1];
  const printed = raw.slice(Math.max(0, at - 15), at + 15);
  defect(
    'odd-whitespace',
    printed,
    `${capitalise(problems.map(([what]) => what).join('; '))}: read as single spaces between words, ends trimmed.`,
  );
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "20°С" is printed with a Cyrillic "С"; kept, but recorded, so that rules searching for "°C" know. */
export function noteUnitLookAlikes(
  t: string,
  defect: (kind: DefectKind, printed: string, handling: string) => void,
): void {
  for (const match of t.matchAll(/\d+ ?°С/gu))
    defect(
      'cyrillic-letter-in-unit',
      match[0],
      'The degree sign is followed by the Cyrillic "С", not the Latin "C"; kept as printed.',
    );
}

export function checkAnnex(c: Cursor): void {
  const { annex } = c;
  const at = (line: number, message: string): never => {
    throw new CatalogueParseError(line, `annex ${annex.annex}: ${message}`);
  };
  if (annex.sections.length === 0) at(annex.firstLine, 'no standards');
  const real = annex.sections.filter((s) => !s.synthetic);
  if (real.length > 0 && real.length !== SECTION_KEYS.length)
    at(annex.firstLine, 'sections А, Б and В expected');
  for (const section of annex.sections) {
    if (section.standards.length === 0) at(section.line, `section ${section.key} has no standards`);
    for (const standard of section.standards) {
      if (!standard.statement) at(standard.line, `standard ${standard.key} has no statement`);
      if (standard.criteria.length === 0) at(standard.line, `standard ${standard.key} has no criteria`);
      for (const criterion of standard.criteria)
        if (criterion.indicators.length === 0)
          at(criterion.line, `criterion ${criterion.key} has no indicators`);
    }
  }
}
