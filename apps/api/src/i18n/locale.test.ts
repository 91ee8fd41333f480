import { expect, it } from 'vitest';
import { negotiateLocale } from './locale.ts';

it.each([
  [undefined, 'bg'],
  ['', 'bg'],
  ['en-US,en;q=0.9', 'en'],
  ['de-DE,uk;q=0.8,en;q=0.5', 'uk'],
  ['en;q=0.2,bg;q=0.9', 'bg'],
  ['fr', 'bg'],
  ['en;q=0', 'bg'],
])('Accept-Language %s → %s', (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale);
});
