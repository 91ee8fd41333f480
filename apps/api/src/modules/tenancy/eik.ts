/**
 * ЕИК / BULSTAT (Bulgarian unified identification code) check digits, per the Commercial Register's
 * algorithm: 9 digits for legal entities, 13 for their branches (the first 9 are the entity's own ЕИК).
 */
function checkDigit(digits: number[], weights: number[], fallbackWeights: number[]): number {
  const sum = (w: number[]) => digits.reduce((total, digit, i) => total + digit * (w[i] ?? 0), 0) % 11;
  let remainder = sum(weights);
  if (remainder === 10) remainder = sum(fallbackWeights);
  return remainder === 10 ? 0 : remainder;
}

export function isValidEik(value: string): boolean {
  if (!/^(\d{9}|\d{13})$/.test(value)) return false;
  const digits = [...value].map(Number);
  const ninth = checkDigit(digits.slice(0, 8), [1, 2, 3, 4, 5, 6, 7, 8], [3, 4, 5, 6, 7, 8, 9, 10]);
  if (ninth !== digits[8]) return false;
  if (digits.length === 9) return true;
  const thirteenth = checkDigit(digits.slice(8, 12), [2, 7, 3, 5], [4, 9, 5, 7]);
  return thirteenth === digits[12];
}
