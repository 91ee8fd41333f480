/**
 * The one CSV writer of the API (RFC 4180, UTF-8 with a byte-order mark so that Excel opens Cyrillic correctly).
 *
 * Spreadsheets treat a cell that begins with `=`, `+`, `-` or `@` as a formula — and tab or carriage return can
 * precede one — so a provider's service called `=HYPERLINK(…)` would run in the municipality's Excel (CSV formula
 * injection, issue 12.6). Such a cell is written with a leading apostrophe, which spreadsheets show as text and
 * which a reader of the raw file recognises (OWASP's recommendation). Numbers are written as numbers: a negative
 * figure is data, not a formula.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of one cell, neutralised when a spreadsheet would read it as a formula. */
export function csvCellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[",\r\n;\t]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: a heading row, then the rows, CRLF line ends, with the byte-order mark. */
export function csvDocument(heading: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [heading, ...rows].map((row) => row.map((value) => quoted(csvCellText(value))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
