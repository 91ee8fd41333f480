import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createOrm } from '@mera/db';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

it('puts the request id on every log line of a request, and no credentials', async () => {
  const lines: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1:1/x', LOG_LEVEL: 'info' });
  const app = await buildApp({ config, orm: await createOrm({ url: config.DATABASE_URL }), logStream });
  await app.inject({
    method: 'GET',
    url: '/api/v1/meta',
    headers: {
      'x-request-id': 'req-abcdef12',
      authorization: 'Bearer top-secret',
      cookie: 'session=top-secret',
    },
  });
  await app.close();
  const requestLines = lines.filter((line) => 'req' in line || 'res' in line);
  expect(requestLines.length).toBeGreaterThanOrEqual(2);
  for (const line of requestLines) expect(line['reqId']).toBe('req-abcdef12');
  expect(JSON.stringify(lines)).not.toContain('top-secret');
});
