import { createApiClient } from '@mera/api-client';
import { describe, expect, test } from 'vitest';
import { readApiMeta, readApiStatus } from './api-status.ts';

/** A client whose `fetch` answers from a table of paths, so each API state can be shown without a server. */
function clientAnswering(answers: Record<string, () => Response | Promise<Response>>) {
  return createApiClient('http://api.test', {
    fetch: async (request: Request) => {
      const answer = answers[new URL(request.url).pathname];
      if (!answer) throw new TypeError('fetch failed');
      return answer();
    },
  });
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('readApiStatus', () => {
  test('healthy and ready', async () => {
    const client = clientAnswering({
      '/healthz': () => json({ status: 'ok' }),
      '/readyz': () => json({ status: 'ready', checks: { database: 'ok', migrations: 'current' } }),
    });
    expect(await readApiStatus(client)).toEqual({ server: 'ok', database: 'ready' });
  });

  test('alive but not ready (503 problem details)', async () => {
    const client = clientAnswering({
      '/healthz': () => json({ status: 'ok' }),
      '/readyz': () => json({ type: 'about:blank', title: 'Not ready', status: 503, code: 'not_ready' }, 503),
    });
    expect(await readApiStatus(client)).toEqual({ server: 'ok', database: 'not_ready' });
  });

  test('unreachable: no throw, just "down"', async () => {
    expect(await readApiStatus(clientAnswering({}))).toEqual({ server: 'down', database: 'unknown' });
  });

  test('too slow: gives up after the timeout', async () => {
    const hanging: Request[] = []; // held here, as a socket would hold a real request
    const client = createApiClient('http://api.test', {
      fetch: (request: Request) =>
        new Promise<Response>((_, reject) => {
          hanging.push(request);
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    });
    const started = Date.now();
    expect(await readApiStatus(client, 50)).toEqual({ server: 'down', database: 'unknown' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(hanging.every((request) => request.signal.aborted)).toBe(true);
  });
});

describe('readApiMeta', () => {
  test('name, version and environment', async () => {
    const client = clientAnswering({
      '/api/v1/meta': () => json({ name: 'mera-api', version: '1.2.3', environment: 'test', extra: true }),
    });
    expect(await readApiMeta(client)).toEqual({ name: 'mera-api', version: '1.2.3', environment: 'test' });
  });

  test('null when the API errs or is away', async () => {
    const failing = clientAnswering({
      '/api/v1/meta': () => json({ type: 'about:blank', title: 'Boom', status: 500, code: 'internal' }, 500),
    });
    expect(await readApiMeta(failing)).toBeNull();
    expect(await readApiMeta(clientAnswering({}))).toBeNull();
  });
});
