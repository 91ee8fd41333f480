import { measureText, wordsOf } from './columns.ts';

/** One line of a text broken to a width: what it says, how wide it is (points) and how many words it holds. */
export interface Line {
  text: string;
  width: number;
  words: number;
}

/**
 * A text broken into lines no wider than `width` points, between words: at spaces and tabs, and wherever the text
 * itself breaks a line. Measured with the document font's own metrics (fonts.ts), as the columns are fitted
 * (columns.ts) — so a row's height, a page break and the drawing all agree, and pdfkit's line wrapper (which would
 * measure every word once for the height and again for the drawing) is not needed. A word wider than the line (a
 * web address in a narrow column) is cut where it reaches the edge. No-break spaces hold their words together.
 */
export function breakLines(text: string, width: number, bold: boolean, size: number): Line[] {
  const space = measureText(' ', bold, size);
  const lines: Line[] = [];
  for (const paragraph of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    let line: Line | null = null;
    for (const word of wordsOf(paragraph)) {
      for (const piece of fitting(word, width, bold, size)) {
        const pieceWidth = measureText(piece, bold, size);
        if (line && line.width + space + pieceWidth <= width) {
          line.text += ` ${piece}`;
          line.width += space + pieceWidth;
          line.words += 1;
        } else {
          if (line) lines.push(line);
          line = { text: piece, width: pieceWidth, words: 1 };
        }
      }
    }
    // An empty line of the text keeps its height, as it does on paper.
    lines.push(line ?? { text: '', width: 0, words: 0 });
  }
  return lines;
}

/** The word itself, or — wider than the line — its pieces, each as long as fits (at least one character). */
function fitting(word: string, width: number, bold: boolean, size: number): string[] {
  if (measureText(word, bold, size) <= width) return [word];
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length) {
    let n = 1;
    while (n < rest.length && measureText(rest.slice(0, n + 1).join(''), bold, size) <= width) n += 1;
    pieces.push(rest.slice(0, n).join(''));
    rest = rest.slice(n);
  }
  return pieces;
}
