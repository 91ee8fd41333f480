/**
 * A line-by-line parser of the Ordinance's annexes. Every non-blank line is placed somewhere (a title, a section, a
 * standard, a criterion, an indicator, a source of information, a footnote, the closing provisions) or the parse
 * fails naming the line. Nothing is dropped and nothing is guessed silently: each flaw of the text that the parser
 * works around is recorded as a defect with its line.
 */

import {
  BULLET_HANDLING,
  type Cursor,
  RE,
  SECTION_KEYS,
  cyrillicKey,
  expectedStandardKey,
  groups,
  isStructural,
  opensList,
} from './grammar.ts';
import { checkAnnex, noteOddWhitespace, noteOwner, noteUnitLookAlikes } from './checks.ts';
import { CatalogueParseError, type DefectKind, type ParsedAnnex, normalise } from './model.ts';

export * from './model.ts';

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
