import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { freePort } from '@mera/db/embedded';
import { REPO_ROOT } from './postgres.ts';

/** A server under test, in its own process: the load generator never shares its event loop or its heap. */
export interface RunningService {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

export async function startNodeService(
  name: string,
  script: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<RunningService> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Output is drained (a full pipe would stall the server) and only its tail kept, for a failure message.
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${tail}`);
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer ${url}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** One Ed25519 key for the whole run: Mera signs with it, the baselines verify the very same tokens. */
export function signingKey(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export const JWT_ISSUER = 'mera';
export const JWT_AUDIENCE = 'mera-api';

/**
 * The V8 flags production starts the API with (`infra/docker/Dockerfile`, `apps/api/package.json`): 8 MB
 * semi-spaces (V8's default grows them to tens of MB that stay resident) and an old generation collected once it
 * has grown 20 % past what the last collection kept (V8's default lets it grow up to fourfold under load)
 * (docs/decisions/107-api-heap-sizing.md).
 */
export const MERA_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=20'];

/**
 * Production's JavaScript (decision 109): the types stripped as the image's build strips them, and the preload that
 * loads those copies. `BENCH_STRIPPED=off` runs the TypeScript as development does (Node strips it at start).
 */
function productionLoader(): string[] {
  if (process.env['BENCH_STRIPPED'] === 'off') return [];
  const strip = spawnSync(process.execPath, [`${REPO_ROOT}apps/api/production/strip-types.mjs`], {
    encoding: 'utf8',
  });
  if (strip.status !== 0) throw new Error(`stripping the API's types failed:\n${strip.stderr}`);
  return ['--import', `${REPO_ROOT}apps/api/production/load-stripped.mjs`];
}

/**
 * Mera's API as it runs in production (`node apps/api/src/server.ts`, NODE_ENV=production, its types stripped at
 * build time), with three settings
 * chosen for measuring: warnings-only logging (the issue found request logging within noise, and the baselines
 * log nothing), background jobs off (pg-boss polls on a timer, unrelated to requests, and would blur the statement
 * counts) and a cheap password hash (only the setup logs in; production's 128 MB scrypt would dominate peak RSS).
 */
export function startMera(databaseUrl: string, privatePem: string, extra: Record<string, string> = {}) {
  // BENCH_PROFILE=1: V8 writes a CPU profile of the API when it stops (read it with `node profile.ts <file>`).
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${REPO_ROOT}bench/results`]
    : [];
  // BENCH_MERA_FLAGS replaces production's V8 flags (e.g. `BENCH_MERA_FLAGS=` for V8's defaults, to compare).
  const flags = process.env['BENCH_MERA_FLAGS']?.split(' ').filter(Boolean) ?? MERA_NODE_FLAGS;
  return startNodeService(
    'mera',
    // BENCH_MERA_ENTRY: another copy of the API (e.g. the code before a change, extracted beside it), to compare.
    process.env['BENCH_MERA_ENTRY'] ?? `${REPO_ROOT}apps/api/src/server.ts`,
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_PRIVATE_KEY: privatePem,
      JWT_ISSUER,
      JWT_AUDIENCE,
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
      JOBS: 'off',
      PASSWORD_HASH_COST: '12',
      ...extra,
    },
    [...productionLoader(), ...flags, ...profile],
  );
}

export function startBaseline(databaseUrl: string, publicPem: string, poolSize: number) {
  return startNodeService('baseline', `${REPO_ROOT}bench/baseline/server.ts`, {
    DATABASE_URL: databaseUrl,
    JWT_PUBLIC_KEY: publicPem,
    JWT_ISSUER,
    JWT_AUDIENCE,
    DB_POOL_SIZE: String(poolSize),
  });
}
