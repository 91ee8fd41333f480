/** The annexes' grammar — how each kind of line looks — and the parser's place in the text. */

import {
  type DefectKind,
  type ParsedAnnex,
  type ParsedCriterion,
  type ParsedIndicator,
  type ParsedSection,
  type ParsedStandard,
} from './model.ts';

export const RE = {
  annex: /^Приложение № (\d+) (.+)$/u,
  section: /^([АБВ])\. (.+)$/u,
  // A standard's key is a number, or a letter in annex 9 (А–Г; the seed prints a Latin "A" once).
  standard: /^Стандарт ([0-9]+|[А-Я]|[A-Z]) ?([:.]) ?(.+)$/u,
  criterion: /^Критерий ([0-9]+|[А-Я]|[A-Z])\.(\d+) ?([:.]) ?(.+)$/u,
  indicatorHeader: /^Индикатор$/u,
  sourceHeader: /^Източник на информация$/u,
  indicatorsColon: /^Индикатори:$/u,
  indicator: /^(\d+)\) ?(.+)$/u,
  dash: /^- ?(.+)$/u,
  emptyDash: /^-$/u,
  note: /^\((\*+)\) ?(.+)$/u,
  separator: /^_{5,}$/u,
  letterItem: /^[а-я]\) .+$/u,
  connector: /^или(?: .*)?$/u,
  // Sub-items right after a source (or a list item of a criterion), usually one ending with ":": the PDF's bullet
  // glyph came through as a Latin "o", a Cyrillic "о", "?", "??" or "0".
  bullet: /^(\?\?|\?|o|о|0)(?: |(?=[^ ?]))(.+)$/u,
  footnote: /^(\d+) ?(.+)$/u,
} as const;

export const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
export const LETTER_KEYS = ['А', 'Б', 'В', 'Г', 'Д', 'Е'];
export const SECTION_KEYS = ['А', 'Б', 'В'];

export type Where =
  | 'title'
  | 'section'
  | 'standard'
  | 'criterion'
  | 'headers'
  | 'indicator'
  | 'sources'
  | 'closing'
  | 'footnotes';

export interface Cursor {
  annex: ParsedAnnex;
  where: Where;
  section?: ParsedSection;
  standard?: ParsedStandard;
  criterion?: ParsedCriterion;
  indicator?: ParsedIndicator;
  /** The annex's last indicator so far (numbering runs through the whole annex). */
  lastIndicator?: ParsedIndicator;
  /**
   * A list inside the indicator's (or criterion's) own text. `pending`: the text ends with ":", the next item decides
   * the kind; `letter`: "а) … б) …" items, after which dashes are sources; `dash`: "- …" items up to the one ending
   * with "." (`closed`), after which dashes are sources unless a sub-heading ("За бебето/децата:") reopens the list.
   */
  list: 'none' | 'pending' | 'letter' | 'dash' | 'closed';
  /** A dash item (a source, or a list item of a criterion) was the last line: its bullet sub-items may follow. */
  bulletsAllowed: boolean;
  sawIndicatorHeader: boolean;
}

/** The regular expression's groups, missing ones as "", or undefined when it does not match. */
export function groups(re: RegExp, t: string): string[] | undefined {
  const m = re.exec(t);
  return m ? m.slice(1).map((g) => g ?? '') : undefined;
}

export const BULLET_HANDLING =
  'A sub-item bullet: written as "• " on its own line of the text it belongs to.';

export const opensList = (t: string): boolean => /:\**$/u.test(t);

export const isStructural = (t: string): boolean =>
  RE.standard.test(t) ||
  RE.criterion.test(t) ||
  RE.indicator.test(t) ||
  RE.section.test(t) ||
  RE.indicatorHeader.test(t) ||
  RE.sourceHeader.test(t) ||
  RE.indicatorsColon.test(t) ||
  RE.note.test(t);

export function cyrillicKey(
  printed: string,
  defect: (kind: DefectKind, printed: string, handling: string) => void,
): string {
  if (!/^[A-Z]$/u.test(printed)) return printed;
  const cyrillic = LATIN_TO_CYRILLIC[printed];
  if (!cyrillic) throw new Error(`no Cyrillic letter looks like the Latin key "${printed}"`);
  defect(
    'latin-letter-in-key',
    printed,
    `The Latin "${printed}" is read as the Cyrillic "${cyrillic}" (the key and ids use the Cyrillic letter; \`printedKey\` keeps the Latin one).`,
  );
  return cyrillic;
}

export function expectedStandardKey(previous: string | undefined, key: string): string {
  if (/^\d+$/u.test(key)) return String(previous === undefined ? 1 : Number(previous) + 1);
  return LETTER_KEYS[previous === undefined ? 0 : LETTER_KEYS.indexOf(previous) + 1] ?? '?';
}
