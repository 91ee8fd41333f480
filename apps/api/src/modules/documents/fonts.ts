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
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const p of positions) width += p.xAdvance;
      return width;
    },
  };
}

let fonts: { regular: Font; bold: Font } | null = null;
let widths = new Map<string, number>();

/** The two faces every document uses, parsed on first use. */
export function documentFonts() {
  fonts ??= { regular: sharedFont(REGULAR), bold: sharedFont(BOLD) };
  return fonts;
}

/**
 * A word's width in font units (multiply by size / unitsPerEm for points), kept: the column fitting measures every
 * word of every cell of every table.
 */
export function advanceWidth(bold: boolean, text: string): { width: number; unitsPerEm: number } {
  const font = bold ? documentFonts().bold : documentFonts().regular;
  const key = `${bold ? 'b' : 'r'}${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= MAX_SHAPED) widths = new Map();
    width = font.layout(text).advanceWidth;
    widths.set(key, width);
  }
  return { width, unitsPerEm: font.unitsPerEm };
}
