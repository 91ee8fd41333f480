// Every language has every message, with the same {parameters}: a missing translation fails here, not in front of
// a social worker (Paraglide would silently fall back to Bulgarian).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const locales = ['bg', 'en', 'uk'] as const;

function messages(locale: string): Record<string, string> {
  const file = new URL(`../messages/${locale}.json`, import.meta.url);
  const { $schema: _schema, ...entries } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return entries;
}

const parameters = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test.each(locales.filter((locale) => locale !== 'bg'))('%s has the same messages as bg', (locale) => {
  const base = messages('bg');
  const other = messages(locale);
  expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
  for (const [key, text] of Object.entries(base)) {
    expect(parameters(other[key] ?? ''), key).toEqual(parameters(text));
    expect(other[key]?.trim(), key).not.toBe('');
  }
});
