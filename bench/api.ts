import { mkdir, writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { startApi } from '@mera/api';
import { APP_ROLE, withCredentials } from '@mera/db';
import { prepareTemplate, provideTestServer } from '@mera/db/testing';
import pg from 'pg';

/**
 * API throughput and latency on this machine, against a real PostgreSQL: the liveness probe (no database), the own
 * profile (token + session check + one read), and a tenant-scoped list (membership check, then a transaction under
 * row-level security). Run: `pnpm --filter @mera/bench bench`. Results go to bench/results/.
 */
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 20;

const server = await provideTestServer();
const template = await prepareTemplate((db) => server.adminUrl(db));
const admin = new pg.Client({ connectionString: server.adminUrl('postgres') });
await admin.connect();
await admin.query(`drop database if exists mera_bench with (force)`);
await admin.query(`create database mera_bench template ${template} owner mera_owner`);
await admin.end();

// A first start syncs all installed plugins' catalogues (the Ordinance's 25 annexes) into the fresh database.
const startedAt = performance.now();
const api = await startApi({
  databaseUrl: withCredentials(server.adminUrl('mera_bench'), APP_ROLE),
  logLevel: 'silent',
});
const firstStartMs = Math.round(performance.now() - startedAt);
const post = (path: string, body: unknown, token?: string) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

// One organisation with an admin; the verification link is taken from the database (no SMTP here).
const signup = (await (
  await post('/api/v1/auth/signup', {
    organisation: { legalName: 'Сдружение „Бенчмарк“', eik: '121212121' },
    admin: { displayName: 'Бенч', email: 'bench@example.org', password: 'Бенчмарк-Парола-1' },
  })
).json()) as { tenantId: string; userId: string };
const sql = new pg.Client({ connectionString: server.adminUrl('mera_bench') });
await sql.connect();
await sql.query(`update app_user set email_verified_at = now() where id = $1`, [signup.userId]);
await sql.end();
const session = (await (
  await post('/api/v1/auth/login', { email: 'bench@example.org', password: 'Бенчмарк-Парола-1' })
).json()) as {
  accessToken: string;
};

interface Row {
  route: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
}

async function measure(route: string, path: string): Promise<Row> {
  const result = await autocannon({
    url: `${api.url}${path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

// Six services of the kinds the NGO in seeds/000 runs: the list evaluates every plugin rule on every row.
for (const [pluginCode, variantKey] of [
  ['ik', 'specialised'],
  ['ik', 'general-access'],
  ['zp', 'specialised'],
  ['tr', 'specialised'],
  ['opu', 'specialised'],
  ['mpor', 'community'],
])
  await post(
    `/api/v1/tenants/${signup.tenantId}/services`,
    { name: `Услуга ${pluginCode} ${variantKey}`, pluginCode, variantKey, capacity: 20, currentUsers: 15 },
    session.accessToken,
  );

const rows = [
  await measure('GET /healthz', '/healthz'),
  await measure('GET /api/v1/me', '/api/v1/me'),
  await measure('GET /api/v1/tenants/:id/members', `/api/v1/tenants/${signup.tenantId}/members`),
  await measure(
    'GET /api/v1/tenants/:id/services (6, rules live)',
    `/api/v1/tenants/${signup.tenantId}/services`,
  ),
  await measure(
    'GET …/variants/children (annex 10 tree)',
    '/api/v1/catalogue/service-types/rg/variants/children',
  ),
  await measure(
    'GET /api/v1/catalogue/search?q=супервизия',
    `/api/v1/catalogue/search?q=${encodeURIComponent('супервизия')}`,
  ),
];
const memory = process.memoryUsage();
const report = {
  at: new Date().toISOString(),
  node: process.version,
  durationSeconds: DURATION_S,
  connections: CONNECTIONS,
  firstStartWithCatalogueSyncMs: firstStartMs,
  rows,
  apiProcessRssMb: Math.round(memory.rss / 1024 / 1024),
};
console.log(`first API start on a fresh database, catalogue sync included: ${firstStartMs} ms`);
console.table(rows);
console.log(`RSS of the process running API + load generator: ${report.apiProcessRssMb} MB`);
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL(`./results/api-${report.at.slice(0, 10)}.json`, import.meta.url),
  JSON.stringify(report, null, 2),
);

await api.close();
await server.stop();
