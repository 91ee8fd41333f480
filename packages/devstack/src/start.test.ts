import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '@mera/db/embedded';

const here = path.dirname(fileURLToPath(import.meta.url));
let dataParent: string;

beforeAll(async () => {
  dataParent = await mkdtemp(path.join(tmpdir(), 'mera-stack-'));
  await chmod(dataParent, 0o755);
});

afterAll(async () => {
  await rm(dataParent, { recursive: true, force: true });
});

type Ports = { pg: number; api: number; web: number; mail: number };

/** Runs the `npm start` supervisor until its banner, checks the API (and does `during`), then presses Ctrl-C. */
async function startAndStop(ports: Ports, during?: (output: () => string) => Promise<void>) {
  const child = spawn(process.execPath, [path.join(here, 'start.ts')], {
    env: {
      PATH: process.env['PATH'] ?? '',
      MERA_DATA_DIR: path.join(dataParent, 'postgres'),
      MERA_WEB_ENTRY: path.join(here, '../test/stub-web.js'),
      MERA_PG_PORT: String(ports.pg),
      MERA_API_PORT: String(ports.api),
      MERA_WEB_PORT: String(ports.web),
      MERA_MAIL_PORT: String(ports.mail),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve();
    });
    void exited.then(() => reject(new Error(`the stack stopped early:\n${output}`)));
  });
  const ready = await fetch(`http://127.0.0.1:${ports.api}/readyz`);
  const readyStatus = ready.status;
  await during?.(() => output);
  child.kill('SIGINT');
  const code = await exited;
  return { code, output, readyStatus };
}

function listening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
}

function postgresAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

it(
  'starts database, API and web, seeds the demo once, and stops everything on Ctrl-C',
  // The first start syncs the 25 annexes and seeds a year of the demo's work through the API: slow on a busy machine.
  { timeout: 300_000 },
  async () => {
    const ports = {
      pg: await freePort(),
      api: await freePort(),
      web: await freePort(),
      mail: await freePort(),
    };

    // E-mail reaches the person in development: the link in the terminal and on the mail page (issue 14).
    let mailPage = '';
    const first = await startAndStop(ports, async (output) => {
      const signup = await fetch(`http://127.0.0.1:${ports.api}/api/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          organisation: { legalName: 'Сдружение „Поща“', eik: '200000015' },
          admin: { displayName: 'Мария', email: 'poshta@example.org', password: 'Дълга-Парола-2026' },
        }),
      });
      expect(signup.status).toBe(201);
      await expect
        .poll(output, { timeout: 10_000 })
        .toMatch(
          new RegExp(
            `\\[mera\\] e-mail to poshta@example\\.org \\(.+\\): http://localhost:${ports.web}/verify-email\\?token=`,
          ),
        );
      mailPage = await (await fetch(`http://127.0.0.1:${ports.mail}/`)).text();
    });
    expect(first.output).toContain(`E-mail:    http://127.0.0.1:${ports.mail}`);
    expect(mailPage).toContain('Мера: потвърдете имейла си');
    expect(mailPage).toMatch(
      new RegExp(`<a href="http://localhost:${ports.web}/verify-email\\?token=[\\w-]+">`),
    );
    expect(first.readyStatus).toBe(200);
    expect(first.output).toContain('Demo accounts (created now, in an empty database)');
    expect(first.output).toContain('admin@demo-grizha.example');
    expect(first.output).toContain('admin@demograd.example');
    expect(first.output).toMatch(/\[mera\] demo seeded in \d+ ms/);
    expect(first.output).toContain('[mera] stopped.');
    expect(first.code).toBe(0);
    expect(await listening(ports.api)).toBe(false);
    expect(await listening(ports.web)).toBe(false);
    expect(await postgresAnswers(ports.pg)).toBe(false);

    const second = await startAndStop(ports);
    expect(second.output).toContain('Demo data was already there');
    expect(second.code).toBe(0);
  },
);
