/** The parsed catalogue: annexes, sections, standards, criteria and indicators, with the text's defects. */

export interface Defect {
  line: number;
  kind: DefectKind;
  printed: string;
  handling: string;
}

export type DefectKind =
  | 'misnumbered-indicator'
  | 'latin-letter-in-key'
  | 'period-after-key'
  | 'bullet-glyph'
  | 'cyrillic-letter-in-unit'
  | 'wrapped-title'
  | 'repeated-source'
  | 'footnote-marker-spacing'
  | 'displaced-footnote'
  | 'empty-item'
  | 'odd-whitespace'
  | 'no-sections'
  | 'no-abbreviation';

export interface ParsedIndicator {
  line: number;
  number: number;
  printedNumber: number;
  text: string;
  sources: string[];
  notes: string[];
}

export interface ParsedCriterion {
  line: number;
  key: string;
  printedKey: string;
  statement: string;
  notes: string[];
  indicators: ParsedIndicator[];
}

export interface ParsedStandard {
  line: number;
  key: string;
  printedKey: string;
  title: string;
  statement: string;
  notes: string[];
  criteria: ParsedCriterion[];
}

export interface ParsedSection {
  line: number;
  key: string;
  title: string;
  synthetic: boolean;
  standards: ParsedStandard[];
}

export interface ParsedAnnex {
  annex: number;
  heading: string;
  firstLine: number;
  lastLine: number;
  titleLines: string[];
  sections: ParsedSection[];
  closingProvisions: string[];
  footnotes: { marker: string; text: string }[];
  defects: Defect[];
}

/** The build stops here: the line could not be placed, or the structure around it is not what the annexes have. */
export class CatalogueParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string, text?: string) {
    super(
      `line ${line}: ${message}${text === undefined ? '' : ` — "${text.length > 90 ? `${text.slice(0, 90)}…` : text}"`}`,
    );
    this.name = 'CatalogueParseError';
    this.line = line;
  }
}

/** Collapses every run of white space (spaces, tabs, no-break spaces) to one space and trims the ends. */
export const normalise = (line: string): string => line.replace(/\s+/gu, ' ').trim();
