import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font, type GlyphRun } from 'fontkit';

const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const REGULAR = path.join(FONTS, 'DejaVuSans.ttf');
export const BOLD = path.join(FONTS, 'DejaVuSans-Bold.ttf');

/**
 * Shaped words kept per font: a report's vocabulary repeats from document to document (headings, indicator texts,
 * "Изпълнен", percentages), and shaping a word through the font's substitution and positioning tables is what
 * rendering a table spends most of its time on. Bounded: when full, the cache starts over.
 */
const MAX_SHAPED = 20_000;

/**
 * The document fonts, parsed once per process (issue 15). pdfkit would read and parse both files for every document
 * and shape every word again; a parsed font keeps its decoded tables and glyph metrics, and `shaped` keeps the result
 * of shaping a word.
 *
 * pdfkit scales the positions of a run it is given in place, so every call returns fresh position objects; the
 * glyphs are shared (pdfkit only reads them).
 */
function sharedFont(file: string): Font {
  const font = create(readFileSync(file)) as Font;
  let shaped = new Map<string, GlyphRun>();
  const layout = font.layout.bind(font);
  // An own property in front of the prototype's method: the font object stays what pdfkit expects.
  font.layout = ((text: string, features?: string[] | Record<string, boolean>) => {
    if (features) return layout(text, features);
    let run = shaped.get(text);
    if (!run) {
      if (shaped.size >= MAX_SHAPED) shaped = new Map();
      run = layout(text);
      shaped.set(text, run);
    }
    return copyRun(run);
  }) as Font['layout'];
  return font;
}

function copyRun(run: GlyphRun) {
  const positions = run.positions.map((p) => ({
    xAdvance: p.xAdvance,
    yAdvance: p.yAdvance,
    xOffset: p.xOffset,
    yOffset: p.yOffset,
  }));
  let width: number | undefined;
  return {
    glyphs: run.glyphs,
    positions,
    // Summed when first read, as fontkit's own getter sums: pdfkit scales the positions in place first, then reads
    // the width for every occurrence of the word (a getter summing each time was 3 % of a long report's rendering).
    get advanceWidth() {
      if (width === undefined) {
        width = 0;
        for (const p of positions) width += p.xAdvance;
      }
      return width;
    },
  };
}

let fonts: { regular: Font; bold: Font } | null = null;
/** Word widths in ems, per face (fontkit's `unitsPerEm` is a getter that reads the font's header every time). */
const ems = { regular: new Map<string, number>(), bold: new Map<string, number>() };

/** The two faces every document uses, parsed on first use. */
export function documentFonts() {
  fonts ??= { regular: sharedFont(REGULAR), bold: sharedFont(BOLD) };
  return fonts;
}

/**
 * A word's width in ems (multiply by the size for points), kept: the column fitting and the line breaking measure
 * every word of every cell of every table.
 */
export function emWidth(bold: boolean, text: string): number {
  const face = bold ? 'bold' : 'regular';
  let width = ems[face].get(text);
  if (width === undefined) {
    const font = documentFonts()[face];
    if (ems[face].size >= MAX_SHAPED) ems[face].clear();
    width = font.layout(text).advanceWidth / font.unitsPerEm;
    ems[face].set(text, width);
  }
  return width;
}
