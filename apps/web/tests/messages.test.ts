// The message catalogues, checked for what a reader would notice: every language has every message with the same
// {parameters} (Paraglide would silently fall back to Bulgarian), and the known mistakes cannot come back — a number
// before a noun without plural forms ("1 услуги"), a date's own "г." followed by a full stop ("г.."), English words
// in Bulgarian.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const locales = ['bg', 'en', 'uk'] as const;

interface Variant {
  declarations?: string[];
  selectors?: string[];
  match: Record<string, string>;
}
type Message = string | Variant[];

function messages(locale: string): Record<string, Message> {
  const file = new URL(`../messages/${locale}.json`, import.meta.url);
  const { $schema: _schema, ...entries } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
  return entries;
}

const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match));
const isPlural = (message: Message) =>
  typeof message !== 'string' && message.some((v) => v.declarations?.some((d) => d.includes(': plural')));
const parameters = (message: Message) =>
  [
    ...new Set([
      ...texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')),
      ...(typeof message === 'string'
        ? []
        : message.flatMap((v) => (v.declarations ?? []).flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? []))),
    ]),
  ].sort();

const catalogues = Object.fromEntries(locales.map((locale) => [locale, messages(locale)])) as Record<
  (typeof locales)[number],
  Record<string, Message>
>;

test.each(locales.filter((locale) => locale !== 'bg'))('%s has the same messages as bg', (locale) => {
  const base = catalogues.bg;
  const other = catalogues[locale];
  expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
  for (const [key, message] of Object.entries(base)) {
    const translated = other[key] ?? '';
    expect(parameters(translated), key).toEqual(parameters(message));
    for (const text of texts(translated)) expect(text.trim(), key).not.toBe('');
  }
});

/** Placeholders that carry a number, and the words that may follow one without agreeing with it. */
const NUMBER = /\{(count|total|max|min|limit|days|responses|attention|answered|required|n)\}\s+([\p{L}.]+)/gu;
const AFTER_NUMBER: Record<string, Set<string>> = {
  bg: new Set(['от', 'до', 'и', 'с', 'без', 'ч.']),
  // "{count} не виконано", "{count} met": an invariable participle agrees with no number.
  uk: new Set(['з', 'із', 'зі', 'від', 'до', 'і', 'та', 'без', 'год.', 'не', 'виконано']),
  en: new Set(['of', 'to', 'and', 'from', 'with', 'h', 'not', 'met', 'without']),
};

describe('the catalogues read as good language', () => {
  test.each(locales)('%s: a number before a noun always has plural forms', (locale) => {
    const bad = Object.entries(catalogues[locale]).flatMap(([key, message]) =>
      isPlural(message)
        ? []
        : texts(message).flatMap((text) =>
            [...text.matchAll(NUMBER)]
              .filter((match) => !AFTER_NUMBER[locale]?.has(match[2] ?? ''))
              .map(() => `${key}: ${text}`),
          ),
    );
    expect(bad).toEqual([]);
  });

  test.each(['bg', 'uk'] as const)('%s: plural messages name every form the language has', (locale) => {
    const forms = locale === 'uk' ? ['one', 'few', 'many'] : ['one'];
    for (const [key, message] of Object.entries(catalogues[locale]).filter(([, message]) =>
      isPlural(message),
    ))
      for (const form of forms)
        expect(
          typeof message !== 'string' &&
            message.some((v) => Object.keys(v.match).some((k) => k.endsWith(`=${form}`))),
          `${key} has no "${form}" form`,
        ).toBe(true);
  });

  test.each(['bg', 'uk'] as const)(
    '%s: no full stop after a date, whose own "г." / "р." ends it',
    (locale) => {
      const bad = Object.entries(catalogues[locale]).flatMap(([key, message]) =>
        texts(message)
          .filter(
            (text) => /\{(date|to|from|when|due|until|end|start)\}\./.test(text) || text.includes('г..'),
          )
          .map((text) => `${key}: ${text}`),
      );
      expect(bad).toEqual([]);
    },
  );

  test('bg: no English words (names of file formats and products aside)', () => {
    const names = new Set([
      'PDF',
      'DOCX',
      'XLSX',
      'CSV',
      'ODT',
      'PNG',
      'JPEG',
      'WebP',
      'iCal',
      'Google',
      'Outlook',
    ]);
    // office@… is an example address, bg-2022/… an indicator's id; QR, MB and IP are read as they are written.
    for (const name of ['Excel', 'AGPL', 'office', 'bg', 'QR', 'MB', 'IP']) names.add(name);
    const bad = Object.entries(catalogues.bg).flatMap(([key, message]) =>
      texts(message).flatMap((text) =>
        [...text.replace(/\{[^}]*\}/g, '').matchAll(/\b[A-Za-z]{2,}\b/g)]
          .map((match) => match[0])
          .filter((word) => !names.has(word))
          .map((word) => `${key}: ${word}`),
      ),
    );
    expect(bad).toEqual([]);
  });
});
