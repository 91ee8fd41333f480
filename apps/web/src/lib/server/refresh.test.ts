import { expect, test } from 'vitest';
import { refresher, type Tokens } from './refresh.ts';

const tokens = (n: number): Tokens => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2027-01-01T00:00:00Z',
});

/** A stand-in for the API's refresh: each call waits until the test lets it answer. */
function api() {
  const calls: { token: string; answer: (value: Tokens | null) => void }[] = [];
  const call = (token: string) =>
    new Promise<Tokens | null>((resolve) => calls.push({ token, answer: resolve }));
  return { calls, call };
}

test('two requests with one refresh cookie: one refresh; the second gets only the access token', async () => {
  const { calls, call } = api();
  const refresh = refresher(call);
  const first = refresh('refresh-1');
  const second = refresh('refresh-1');
  expect(calls).toHaveLength(1);
  calls[0]?.answer(tokens(2));
  expect(await first).toEqual({ kind: 'renewed', tokens: tokens(2) });
  expect(await second).toEqual({ kind: 'joined', accessToken: 'access-2' });
});

test('once the refresh is done, the spent token goes to the API again (which sees the replay)', async () => {
  const { calls, call } = api();
  const refresh = refresher(call);
  const first = refresh('refresh-1');
  calls[0]?.answer(tokens(2));
  await first;
  const replay = refresh('refresh-1');
  expect(calls.map((c) => c.token)).toEqual(['refresh-1', 'refresh-1']);
  calls[1]?.answer(null); // the API: reused, session revoked
  expect(await replay).toEqual({ kind: 'refused' });
});

test('a refused refresh is refused for the waiting caller too; other tokens do not wait', async () => {
  const { calls, call } = api();
  const refresh = refresher(call);
  const first = refresh('refresh-1');
  const waiting = refresh('refresh-1');
  const other = refresh('refresh-9');
  expect(calls.map((c) => c.token)).toEqual(['refresh-1', 'refresh-9']);
  calls[0]?.answer(null);
  calls[1]?.answer(tokens(10));
  expect(await first).toEqual({ kind: 'refused' });
  expect(await waiting).toEqual({ kind: 'refused' });
  expect(await other).toEqual({ kind: 'renewed', tokens: tokens(10) });
});
