import { emWidth } from './fonts.ts';

/** How wide a text is, in points, in a font and size. */
export type Measure = (text: string, bold: boolean, size: number) => number;

/**
 * Text widths from DejaVu Sans' own metrics (the PDF's font; wider than Word's Arial, so a DOCX column sized with it
 * is wide enough too): the shaped run's advance, as pdfkit's `widthOfString` computes it for a word.
 */
export const measureText: Measure = (text, bold, size) => emWidth(bold, text) * size;

/**
 * The words of a text: what a line may break between, never inside — at spaces, tabs and line breaks; a no-break
 * space holds its words together (the PDF's lines, lines.ts, and Word break the same way).
 */
export const wordsOf = (text: string) => text.split(/[ \t\r\n\u2028\u2029]+/).filter(Boolean);

/**
 * Column widths (points) for a table `total` wide: the document's proportions, but no column narrower than its
 * longest header word (bold) or body word (regular), so a line breaks between words and never inside one — no
 * "Капацит / ет". The room a column needs is taken from the columns with room to spare, in proportion to it. A body
 * word longer than a third of the table (a web address) is left to break, rather than starve the other columns.
 */
export function fitColumns(
  table: { columns: string[]; rows: string[][]; widths: number[] },
  total: number,
  size: number,
  padding: number,
  measure: Measure = measureText,
): number[] {
  const longest = (texts: string[], bold: boolean) =>
    Math.max(0, ...texts.flatMap(wordsOf).map((word) => measure(word, bold, size)));
  const minimum = table.columns.map((column, i) => {
    const header = longest([column], true);
    const body = longest(
      table.rows.map((row) => row[i] ?? ''),
      false,
    );
    return Math.ceil(Math.max(header, body > total / 3 ? 0 : body)) + 2 * padding;
  });
  const shares = table.columns.map((_, i) => table.widths[i] ?? 1 / table.columns.length);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((share, i) => Math.max((share / sum) * total, minimum[i] ?? 0));
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess <= 0.01) return widths;
  const spare = widths.map((w, i) => w - (minimum[i] ?? 0));
  const room = spare.reduce((a, b) => a + b, 0);
  // Not enough room for every header word: shrink in proportion (the renderer then makes the text smaller).
  if (room < excess) return minimum.map((m) => (m * total) / minimum.reduce((a, b) => a + b, 0));
  return widths.map((w, i) => w - ((spare[i] ?? 0) / room) * excess);
}
