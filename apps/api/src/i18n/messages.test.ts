import { expect, it } from 'vitest';
import { interpolate, problemMessages, ruleMessages } from './messages.ts';

it('chooses the plural form by the language’s rules', () => {
  const rule = ruleMessages.minLength;
  expect(interpolate(rule.bg, { limit: 1 }, 'bg')).toBe('Полето не може да е празно.');
  expect(interpolate(rule.bg, { limit: 10 }, 'bg')).toBe('Трябва да съдържа поне 10 знака.');
  expect(interpolate(rule.en, { limit: 1 }, 'en')).toBe('This field cannot be empty.');
  expect(interpolate(rule.en, { limit: 2 }, 'en')).toBe('Must be at least 2 characters long.');
  expect(interpolate(rule.uk, { limit: 1 }, 'uk')).toBe('Поле не може бути порожнім.');
  expect(interpolate(rule.uk, { limit: 21 }, 'uk')).toBe('Має містити щонайменше 21 символ.');
  expect(interpolate(rule.uk, { limit: 3 }, 'uk')).toBe('Має містити щонайменше 3 символи.');
  expect(interpolate(rule.uk, { limit: 10 }, 'uk')).toBe('Має містити щонайменше 10 символів.');
});

/** A number put before a noun needs the noun's plural forms: "{count} услуги" says "1 услуги" one day. */
it('has no number placeholder followed by a noun outside a plural form', () => {
  const numeric = /\{(count|limit|days|total|max|min|n)\}\s+(\p{L}+)/u;
  const allowed = new Set(['от', 'до', 'и', 'or', 'to', 'and', 'of', 'від', 'до', 'та', 'і']);
  const all = { ...ruleMessages, ...problemMessages } as Record<string, Record<string, string>>;
  const bad = Object.entries(all).flatMap(([key, texts]) =>
    Object.entries(texts).flatMap(([locale, text]) => {
      const match = numeric.exec(text);
      return match && !allowed.has(match[2] ?? '') ? [`${key}.${locale}: ${text}`] : [];
    }),
  );
  expect(bad).toEqual([]);
});

/** A JSON Schema format is named in the person's language, with the noun's gender: never "валиден date". */
it('names a refused format in words, per language', () => {
  const rule = ruleMessages.format;
  expect(interpolate(rule.bg, { format: 'date' }, 'bg')).toBe('Очаква се валидна дата.');
  expect(interpolate(rule.bg, { format: 'email' }, 'bg')).toBe('Очаква се валиден имейл адрес.');
  expect(interpolate(rule.en, { format: 'date-time' }, 'en')).toBe('Expected a valid date and time.');
  expect(interpolate(rule.uk, { format: 'date' }, 'uk')).toBe('Очікується коректна дата.');
  expect(interpolate(rule.bg, { format: 'ipv4' }, 'bg')).toBe('Стойността не е във валиден формат.');
});
