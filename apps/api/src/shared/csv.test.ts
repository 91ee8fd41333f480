import { describe, expect, it } from 'vitest';
import { csvCellText, csvDocument } from './csv.ts';

describe('the CSV writer', () => {
  it('neutralises every cell a spreadsheet would read as a formula (issue 12.6)', () => {
    for (const hostile of ['=1+1', '+SUM(1+1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCellText(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
    expect(csvCellText('Дневен център')).toBe('Дневен център');
    expect(csvCellText('a=b')).toBe('a=b');
  });

  it('keeps numbers as numbers, a negative one included, and empties what is missing', () => {
    expect(csvCellText(-3)).toBe('-3');
    expect(csvCellText(12.5)).toBe('12.5');
    expect(csvCellText(null)).toBe('');
    expect(csvCellText(undefined)).toBe('');
  });

  it('writes RFC 4180 with a byte-order mark and CRLF', () => {
    expect(
      csvDocument(
        ['Име', 'Бележка'],
        [
          ['ЦОП „Слънце“', 'a, "b"'],
          ['=x', null],
        ],
      ),
    ).toBe('\uFEFFИме,Бележка\r\nЦОП „Слънце“,"a, ""b"""\r\n\'=x,\r\n');
  });
});
