import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));

interface Outcome {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs `node src/server.ts` as an operator would, with only the given environment. */
function runServer(env: Record<string, string>, stopAfterMs?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER], {
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let stopping = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // One SIGTERM only: later output (the shutdown's own log lines) must not send a second one.
      if (stopAfterMs !== undefined && !stopping && stdout.includes('Mera API listening')) {
        stopping = true;
        setTimeout(() => child.kill('SIGTERM'), stopAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

let db: TestDatabase;
const TEST_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
let occupied: Server;
let occupiedPort: number;

beforeAll(async () => {
  db = await createTestDatabase();
  occupied = createServer();
  await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
  occupiedPort = (occupied.address() as { port: number }).port;
});

afterAll(async () => {
  occupied.close();
  await db.drop();
});

describe('starting the API process', () => {
  it('stops at once with one line when a variable is malformed', async () => {
    const outcome = await runServer({ DATABASE_URL: db.url, PORT: 'abc' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      'Invalid configuration: PORT must be a TCP port number from 0 to 65535 (got "abc").\n',
    );
  });

  it('stops with one line when the port is taken', async () => {
    const outcome = await runServer({ DATABASE_URL: db.url, PORT: String(occupiedPort) });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      `PORT: ${occupiedPort} is already in use on 127.0.0.1; stop the other program or set PORT to a free port.\n`,
    );
  });

  it('stops with one line, without the password, when the database cannot be reached', async () => {
    const outcome = await runServer({ DATABASE_URL: 'postgres://mera:s3cret@127.0.0.1:1/mera', PORT: '0' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(
      /^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1\/mera \(.*ECONNREFUSED.*\)\.\n$/,
    );
    expect(outcome.stderr).not.toContain('s3cret');
  });

  it('refuses, in production, a database role that bypasses row-level security', async () => {
    const outcome = await runServer({
      DATABASE_URL: db.adminUrl,
      PORT: '0',
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: TEST_KEY,
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /^DATABASE_URL: the role postgres bypasses row-level security; connect as the application role/,
    );
  });

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const outcome = await runServer({ DATABASE_URL: db.url, PORT: '0' }, 50);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
    const lines = outcome.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Mera API listening on http:\/\/127\.0\.0\.1:\d+/),
        expect.stringMatching(/^shutting down/),
      ]),
    );
  });
});
