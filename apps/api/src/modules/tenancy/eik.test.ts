import { describe, expect, it } from 'vitest';
import { isValidEik } from './eik.ts';

describe('ЕИК check digits', () => {
  it.each(['000696327', '121212121', '831641791', '175074752', '0006963270003'])('accepts %s', (eik) => {
    expect(isValidEik(eik)).toBe(true);
  });

  it.each(['000696328', '12345', '1212121210', 'abcdefghi', '0006963270008', ''])('rejects %s', (eik) => {
    expect(isValidEik(eik)).toBe(false);
  });
});
