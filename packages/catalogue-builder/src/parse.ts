/**
 * A line-by-line parser of the Ordinance's annexes. Every non-blank line is placed somewhere (a title, a section, a
 * standard, a criterion, an indicator, a source of information, a footnote, the closing provisions) or the parse
 * fails naming the line. Nothing is dropped and nothing is guessed silently: each flaw of the text that the parser
 * works around is recorded as a defect with its line.
 */

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

const RE = {
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

const LATIN_TO_CYRILLIC: Record<string, string> = {
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
const LETTER_KEYS = ['А', 'Б', 'В', 'Г', 'Д', 'Е'];
const SECTION_KEYS = ['А', 'Б', 'В'];

type Where =
  | 'title'
  | 'section'
  | 'standard'
  | 'criterion'
  | 'headers'
  | 'indicator'
  | 'sources'
  | 'closing'
  | 'footnotes';

interface Cursor {
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
function groups(re: RegExp, t: string): string[] | undefined {
  const m = re.exec(t);
  return m ? m.slice(1).map((g) => g ?? '') : undefined;
}

const BULLET_HANDLING = 'A sub-item bullet: written as "• " on its own line of the text it belongs to.';

/**
 * Parses the extract. `firstLine` is the seed's line number of the text's first line, so every line number in
 * errors and defects is the seed's.
 */
export function parseAnnexes(text: string, firstLine = 1): ParsedAnnex[] {
  const raw = text.split('\n');
  if (raw.at(-1) === '') raw.pop();
  const annexes: ParsedAnnex[] = [];
  let cur: Cursor | undefined;

  raw.forEach((printed, i) => {
    const line = firstLine + i;
    const t = normalise(printed);
    if (t === '') return;
    const heading = groups(RE.annex, t);
    if (heading) {
      const [number = '', rest = ''] = heading;
      const expected = annexes.length + (cur ? 1 : 0) + 1;
      if (Number(number) !== expected)
        throw new CatalogueParseError(line, `annex ${number} where annex ${expected} was expected`, t);
      if (cur) annexes.push(finishAnnex(cur, line));
      cur = newCursor(Number(number), rest, line);
      return;
    }
    if (!cur) throw new CatalogueParseError(line, 'text before the first annex', t);
    placeLine(cur, line, printed, t);
  });
  if (!cur) throw new CatalogueParseError(firstLine, 'no annex found');
  annexes.push(finishAnnex(cur, firstLine + raw.length));
  return annexes;
}

function newCursor(annex: number, heading: string, line: number): Cursor {
  return {
    annex: {
      annex,
      heading,
      firstLine: line,
      lastLine: line,
      titleLines: [],
      sections: [],
      closingProvisions: [],
      footnotes: [],
      defects: [],
    },
    where: 'title',
    list: 'none',
    bulletsAllowed: false,
    sawIndicatorHeader: false,
  };
}

/** `nextLine`: the line where the next annex starts (or one past the end). */
function finishAnnex(c: Cursor, nextLine: number): ParsedAnnex {
  if (!['indicator', 'sources', 'closing', 'footnotes'].includes(c.where))
    throw new CatalogueParseError(nextLine, `annex ${c.annex.annex} ends in the middle of a ${c.where}`);
  checkAnnex(c);
  c.annex.lastLine = nextLine - 1;
  return c.annex;
}

/** Puts one non-blank line where it belongs, or throws naming it. */
function placeLine(c: Cursor, line: number, printed: string, t: string): void {
  const error = (message: string) => new CatalogueParseError(line, message, t);
  const defect = (kind: DefectKind, printedPart: string, handling: string) =>
    c.annex.defects.push({ line, kind, printed: printedPart, handling });
  noteUnitLookAlikes(t, defect);
  noteOddWhitespace(printed, defect);
  let g: string[] | undefined;

  // The footnotes under the closing provisions: "1 При комплексно …".
  if (c.where === 'footnotes') {
    if (!(g = groups(RE.footnote, t))) throw error('expected a numbered footnote after the footnote rule');
    const [marker = '', note = ''] = g;
    const expected = String(c.annex.footnotes.length + 1);
    if (marker !== expected) throw error(`footnote ${marker} where footnote ${expected} was expected`);
    c.annex.footnotes.push({ marker, text: note });
    return;
  }

  if (c.where === 'closing') {
    if (RE.separator.test(t)) {
      c.where = 'footnotes';
      return;
    }
    if (isStructural(t)) throw error('standards, criteria or indicators after the closing provisions');
    const paragraphs = c.annex.closingProvisions;
    if ((g = groups(RE.dash, t))) paragraphs.push(`${paragraphs.pop() ?? ''}\n- ${g[0]}`);
    else paragraphs.push(t);
    return;
  }

  if (c.where === 'title' && !RE.section.test(t) && !RE.standard.test(t)) {
    if (isStructural(t) || RE.dash.test(t)) throw error('expected the annex title, a section or a standard');
    const titles = c.annex.titleLines;
    const previous = titles.at(-1);
    if (previous?.endsWith(',')) {
      titles[titles.length - 1] = `${previous} ${t}`;
      defect(
        'wrapped-title',
        t,
        'The title line is the end of the line before it (which ends with ","); joined with one space.',
      );
    } else titles.push(t);
    return;
  }
  if (c.where === 'title' && c.annex.titleLines.length === 0) throw error('an annex without a title');

  if ((g = groups(RE.section, t))) {
    if (!['title', 'indicator', 'sources'].includes(c.where))
      throw error('a section in the middle of a criterion');
    const [key = '', title = ''] = g;
    const expected = SECTION_KEYS[c.annex.sections.length];
    if (key !== expected) throw error(`section ${key} where section ${expected ?? '(none)'} was expected`);
    c.section = { line, key, title, synthetic: false, standards: [] };
    c.annex.sections.push(c.section);
    c.standard = c.criterion = c.indicator = undefined;
    c.where = 'section';
    return;
  }

  if ((g = groups(RE.standard, t))) {
    if (!['title', 'section', 'indicator', 'sources'].includes(c.where))
      throw error('a standard in the middle of a criterion');
    if (c.where === 'title') {
      // Annex 9 prints its standards А–Г without sections: the whole annex is one section.
      c.section = { line, key: '0', title: c.annex.titleLines.join(' '), synthetic: true, standards: [] };
      c.annex.sections.push(c.section);
      defect(
        'no-sections',
        t,
        'The annex prints no sections А/Б/В: its standards form one section with key "0" (`synthetic: true`) titled with the annex title.',
      );
    }
    const section = c.section;
    if (!section) throw error('a standard outside a section');
    const [printedKey = '', separator = '', title = ''] = g;
    const key = cyrillicKey(printedKey, defect);
    if (separator === '.')
      defect('period-after-key', t.slice(0, t.indexOf(title)), 'Read as if a colon were printed.');
    const previous = c.annex.sections.flatMap((s) => s.standards).at(-1);
    const expected = expectedStandardKey(previous?.key, key);
    if (key !== expected) throw error(`standard ${key} where standard ${expected} was expected`);
    c.standard = { line, key, printedKey, title, statement: '', notes: [], criteria: [] };
    section.standards.push(c.standard);
    c.criterion = c.indicator = undefined;
    c.where = 'standard';
    return;
  }

  if ((g = groups(RE.criterion, t))) {
    const standard = c.standard;
    if (!standard || !['standard', 'indicator', 'sources'].includes(c.where))
      throw error('a criterion outside a standard');
    if (!standard.statement)
      throw error('a criterion right after the standard title: the standard has no statement');
    const [printedStandardKey = '', sub = '', separator = '', statement = ''] = g;
    const standardKey = cyrillicKey(printedStandardKey, defect);
    if (standardKey !== standard.key)
      throw error(`criterion of standard ${standardKey} inside standard ${standard.key}`);
    const key = `${standardKey}.${sub}`;
    const expected = `${standard.key}.${standard.criteria.length + 1}`;
    if (key !== expected) throw error(`criterion ${key} where criterion ${expected} was expected`);
    if (separator === '.')
      defect('period-after-key', t.slice(0, t.indexOf(statement)), 'Read as if a colon were printed.');
    c.criterion = {
      line,
      key,
      printedKey: `${printedStandardKey}.${sub}`,
      statement,
      notes: [],
      indicators: [],
    };
    standard.criteria.push(c.criterion);
    c.indicator = undefined;
    c.where = 'criterion';
    c.list = opensList(statement) ? 'pending' : 'none';
    c.bulletsAllowed = false;
    c.sawIndicatorHeader = false;
    return;
  }

  if ((g = groups(RE.note, t))) {
    const [marker = '', body = ''] = g;
    const note = `(${marker}) ${body}`;
    if (!t.startsWith(`(${marker}) `))
      defect('footnote-marker-spacing', t.split(' ')[0] ?? t, `Written as "(${marker}) " with one space.`);
    const { owner, displaced } = noteOwner(c, marker);
    if (!owner)
      throw error(
        `a footnote (${marker}) with no "${marker}" in the standard, criterion or indicator it follows`,
      );
    if (displaced)
      defect(
        'displaced-footnote',
        note,
        `Printed after a later element, but only ${owner.what} carries the "${marker}": attached there.`,
      );
    owner.notes.push(note);
    return;
  }

  if (c.where === 'section') throw error('expected a standard after the section heading');

  if (c.where === 'standard') {
    if (!c.standard || isStructural(t) || RE.dash.test(t)) throw error('expected the standard’s statement');
    if (c.standard.statement) throw error('a second statement line for the standard');
    c.standard.statement = t;
    return;
  }

  if (c.where === 'criterion') {
    const criterion = c.criterion;
    if (!criterion) throw error('no criterion');
    if (RE.indicatorHeader.test(t) || RE.indicatorsColon.test(t)) {
      c.where = 'headers';
      c.sawIndicatorHeader = RE.indicatorHeader.test(t);
      return;
    }
    // A criterion whose statement ends with ":" lists documents before its indicators (admission criteria).
    if ((g = groups(RE.dash, t)) && c.list !== 'none') {
      criterion.statement += `\n- ${g[0]}`;
      c.bulletsAllowed = true;
      return;
    }
    if ((g = groups(RE.bullet, t)) && c.bulletsAllowed) {
      const [glyph = '', item = ''] = g;
      criterion.statement += `\n• ${item}`;
      defect('bullet-glyph', glyph, BULLET_HANDLING);
      return;
    }
    throw error('expected "Индикатор" after the criterion');
  }

  if (c.where === 'headers') {
    if (RE.sourceHeader.test(t) && c.sawIndicatorHeader) {
      c.sawIndicatorHeader = false;
      return;
    }
    if (!RE.indicator.test(t)) throw error('expected the first indicator of the criterion');
  }

  if ((g = groups(RE.indicator, t))) {
    const criterion = c.criterion;
    if (!criterion || !['headers', 'indicator', 'sources'].includes(c.where))
      throw error('an indicator outside a criterion');
    const [digits = '', text = ''] = g;
    const printedNumber = Number(digits);
    const previous = c.lastIndicator;
    const number = (previous?.number ?? 0) + 1;
    if (printedNumber !== number) {
      // One misprint is read as the sequence number; two in a row means the numbering (or the parse) is lost.
      if (previous && previous.printedNumber !== previous.number)
        throw error(
          `indicator ${printedNumber} after the misnumbered ${previous.printedNumber}: expected ${number}`,
        );
      defect(
        'misnumbered-indicator',
        `${printedNumber})`,
        `Numbered ${number} (the sequence); the printed number is kept as \`printedNumber\`.`,
      );
    }
    c.indicator = { line, number, printedNumber, text, sources: [], notes: [] };
    c.lastIndicator = c.indicator;
    criterion.indicators.push(c.indicator);
    c.where = 'indicator';
    c.list = opensList(text) ? 'pending' : 'none';
    c.bulletsAllowed = false;
    return;
  }

  const indicator = c.indicator;
  if (!indicator || (c.where !== 'indicator' && c.where !== 'sources'))
    throw error(`this line does not belong in ${c.where}`);

  if (c.where === 'indicator') {
    // Lettered items "а) …" and the word "или" between them.
    if (RE.letterItem.test(t) || RE.connector.test(t)) {
      indicator.text += `\n${t}`;
      c.list = 'letter';
      return;
    }
    // A sub-heading of a dash list ("За майката:").
    if (t.endsWith(':') && !RE.dash.test(t) && ['pending', 'dash', 'closed'].includes(c.list)) {
      indicator.text += `\n${t}`;
      c.list = 'pending';
      return;
    }
    // A dash list that belongs to the indicator's text runs to its item ending with "."; the dashes after it are
    // the sources of information.
    if ((g = groups(RE.dash, t)) && (c.list === 'pending' || c.list === 'dash')) {
      const [item = ''] = g;
      indicator.text += `\n- ${item}`;
      c.list = item.endsWith('.') ? 'closed' : 'dash';
      return;
    }
  }

  if ((g = groups(RE.dash, t))) {
    const [source = ''] = g;
    if (indicator.sources.includes(source))
      defect('repeated-source', source, 'Printed twice under the same indicator; kept twice, as printed.');
    indicator.sources.push(source);
    c.where = 'sources';
    c.list = 'none';
    c.bulletsAllowed = true;
    return;
  }

  if (c.where === 'sources') {
    if (RE.emptyDash.test(t)) {
      defect(
        'empty-item',
        t,
        'A dash with no text among the sources of information: nothing to keep, skipped.',
      );
      return;
    }
    if ((g = groups(RE.bullet, t)) && c.bulletsAllowed) {
      const [glyph = '', item = ''] = g;
      indicator.sources.push(`${indicator.sources.pop() ?? ''}\n• ${item}`);
      defect('bullet-glyph', glyph, BULLET_HANDLING);
      return;
    }
  }

  // Any other text after an indicator starts the closing provisions — only after the last section, and nothing
  // structural may follow them (see the 'closing' state above), so a misplaced line still fails the build.
  if (isStructural(t) || RE.separator.test(t)) throw error(`this line does not belong after an indicator`);
  if (c.annex.sections.at(-1)?.key !== 'В')
    throw error('text that is no indicator or source before the last section');
  c.where = 'closing';
  c.annex.closingProvisions.push(t);
}

/** "… следните задължителни документи:" (possibly with a footnote marker after the colon) opens a list. */
const opensList = (t: string): boolean => /:\**$/u.test(t);

const isStructural = (t: string): boolean =>
  RE.standard.test(t) ||
  RE.criterion.test(t) ||
  RE.indicator.test(t) ||
  RE.section.test(t) ||
  RE.indicatorHeader.test(t) ||
  RE.sourceHeader.test(t) ||
  RE.indicatorsColon.test(t) ||
  RE.note.test(t);

function cyrillicKey(
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

function expectedStandardKey(previous: string | undefined, key: string): string {
  if (/^\d+$/u.test(key)) return String(previous === undefined ? 1 : Number(previous) + 1);
  return LETTER_KEYS[previous === undefined ? 0 : LETTER_KEYS.indexOf(previous) + 1] ?? '?';
}

interface NoteOwner {
  what: string;
  text: string;
  notes: string[];
}

/**
 * A footnote (*) belongs to the innermost open indicator, criterion or standard whose text carries its marker —
 * usually the one just before it; `displaced` when an inner one came between.
 */
function noteOwner(c: Cursor, marker: string): { owner?: NoteOwner; displaced: boolean } {
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
function noteOddWhitespace(
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

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "20°С" is printed with a Cyrillic "С"; kept, but recorded, so that rules searching for "°C" know. */
function noteUnitLookAlikes(
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

function checkAnnex(c: Cursor): void {
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
