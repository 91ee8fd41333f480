import { expect, test } from 'vitest';
import { isCrossSiteWrite, refusal } from './csrf.ts';

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

test('on a development machine the other loopback names of the same port are the same app', () => {
  for (const origin of ['http://127.0.0.1:3000', 'http://[::1]:3000'])
    expect(isCrossSiteWrite(post(origin), self), origin).toBe(false);
  for (const origin of ['http://127.0.0.1:3001', 'https://127.0.0.1:3000', 'http://127.0.0.2:3000'])
    expect(isCrossSiteWrite(post(origin), self), origin).toBe(true);
  // A real address accepts only itself.
  const production = 'https://mera.example.bg';
  expect(isCrossSiteWrite(post(production), production)).toBe(false);
  expect(isCrossSiteWrite(post('http://127.0.0.1:3000'), production)).toBe(true);
  expect(isCrossSiteWrite(post('http://localhost'), production)).toBe(true);
});

test('a refused form leads a browser to the app’s own page; a script gets an action error or a short text', () => {
  const form = new Request(`${self}/t/x/members?/remove`, {
    method: 'POST',
    headers: { accept: 'text/html,application/xhtml+xml', origin: 'https://evil.example' },
  });
  const page = refusal(form, 'refused');
  expect(page.status).toBe(303);
  expect(page.headers.get('location')).toBe('/refused?back=%2Ft%2Fx%2Fmembers');

  const enhanced = new Request(`${self}/login`, {
    method: 'POST',
    headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
  });
  expect(refusal(enhanced, 'refused').status).toBe(403);

  const other = refusal(new Request(`${self}/login`, { method: 'POST' }), 'refused');
  expect(other.status).toBe(403);
  expect(other.headers.get('content-type')).toContain('text/plain');
});
