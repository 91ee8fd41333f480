import { expect, test } from 'vitest';
import { safeRedirectTarget } from './safe-redirect.ts';

test('keeps paths on this site', () => {
  expect(safeRedirectTarget('/')).toBe('/');
  expect(safeRedirectTarget('/services?page=2')).toBe('/services?page=2');
});

test('refuses anything that could leave the site', () => {
  for (const value of [
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '',
    null,
  ]) {
    expect(safeRedirectTarget(value)).toBe('/');
  }
});
