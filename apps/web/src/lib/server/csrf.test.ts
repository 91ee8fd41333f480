import { expect, test } from 'vitest';
import { isCrossSiteWrite } from './csrf.ts';

const self = 'http://localhost:3000';
const post = (origin: string | null, contentType = 'application/x-www-form-urlencoded') =>
  new Request(`${self}/login`, {
    method: 'POST',
    headers: { ...(origin ? { origin } : {}), 'content-type': contentType },
    body: 'a=b',
  });

test('the app’s own forms pass, over plain http too', () => {
  expect(isCrossSiteWrite(post(self), self)).toBe(false);
});

test('another site, another scheme or port, or no Origin at all is refused', () => {
  for (const origin of [
    'https://evil.example',
    'https://localhost:3000',
    'http://localhost:3001',
    'null',
    null,
  ])
    expect(isCrossSiteWrite(post(origin), self), String(origin)).toBe(true);
  expect(isCrossSiteWrite(post('https://evil.example', 'application/json'), self)).toBe(true);
});

test('reading is never refused', () => {
  expect(
    isCrossSiteWrite(new Request(`${self}/`, { headers: { origin: 'https://evil.example' } }), self),
  ).toBe(false);
});
