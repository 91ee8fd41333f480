import { APP_ROLE } from '@mera/db';
import { load, type LoadResult } from './lib/load.ts';
import { benchPasswordHash, getOk, logIn } from './lib/mera-client.ts';
import { benchTemplate, freshDatabase, startBenchServer, withClient } from './lib/postgres.ts';
import { peakRssDuring, sampleProcess } from './lib/proc.ts';
import { compareMarkdown, summarise, type Target } from './lib/compare-report.ts';
import { describeMachine, writeResults } from './lib/report.ts';
import { signingKey, startBaseline, startMera, type RunningService } from './lib/services.ts';
import { countStatements } from './lib/statements.ts';

/**
 * Mera against the same work done well (bare Fastify + pg, one transaction) and the bare minimum (token + one
 * SELECT), in the same run, interleaved: each round measures every target on every route, one after another, the
 * order rotating from round to round, so a burst of load from elsewhere on the machine hits all of them alike. The
 * report gives medians over rounds and, per round, the ratio Mera / done-well — the figure that holds on a noisy
 * machine. Run: `pnpm --filter @mera/bench bench` (BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS).
 */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const POOL_SIZE = 10; // Mera's default DB_POOL_SIZE; the baseline gets the same.
const DATABASE = 'mera_compare';
/** BENCH_ROUTES=me,members: only the routes whose name contains one of these (e.g. for a CPU profile of one). */
const ONLY = process.env['BENCH_ROUTES']?.split(',').filter(Boolean);

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const server = await startBenchServer(log);
const services: RunningService[] = [];
try {
  const machine = await describeMachine(server.adminUrl());
  await freshDatabase(server, DATABASE, await benchTemplate(server));
  const key = signingKey();
  const mera = await startMera(server.appUrl(DATABASE), key.privatePem, { DB_POOL_SIZE: String(POOL_SIZE) });
  services.push(mera);
  const baseline = await startBaseline(server.appUrl(DATABASE), key.publicPem, POOL_SIZE);
  services.push(baseline);
  const idleRss = { mera: sampleProcess(mera.pid).rssMb, baseline: sampleProcess(baseline.pid).rssMb };

  // One provider with six members (as the NGO of the demo has): the admin measures, the list has six rows.
  const hash = await benchPasswordHash();
  const tenantId = await withClient(server.adminUrl(DATABASE), async (client) => {
    await client.query('begin');
    // Arranging data is no event in anyone's audit trail: triggers off for this transaction (superuser only).
    await client.query('set local session_replication_role = replica');
    const { rows } = await client.query<{ id: string }>(
      `insert into tenant (id, kind, legal_name, eik) values (uuidv7(), 'provider', 'Сдружение „Бенчмарк“', '121212121')
       returning id`,
    );
    const id = rows[0]?.id ?? '';
    await client.query(
      `with people as (
         insert into app_user (id, email, display_name, password_hash, email_verified_at)
         select uuidv7(), 'member' || n || '@bench.example', 'Член ' || n, $2, now() from generate_series(1, 6) n
         returning id, email)
       insert into membership (tenant_id, id, user_id, role)
       select $1, uuidv7(), id, case when email = 'member1@bench.example' then 'admin' else 'staff' end from people`,
      [id, hash],
    );
    await client.query('commit');
    return id;
  });

  const targets: Target[] = [
    { key: 'mera', label: 'Mera', service: mera },
    { key: 'done-well', label: 'done well (Fastify + pg, one transaction)', service: baseline },
    { key: 'bare', label: 'bare minimum (token + one SELECT)', service: baseline },
  ];
  const routes: { route: string; paths: Partial<Record<Target['key'], string>> }[] = [
    { route: 'GET /api/v1/me', paths: { mera: '/api/v1/me', 'done-well': '/api/v1/me', bare: '/bare/me' } },
    {
      route: 'GET /api/v1/tenants/:id/members',
      paths: {
        mera: `/api/v1/tenants/${tenantId}/members`,
        'done-well': `/api/v1/tenants/${tenantId}/members`,
      },
    },
    { route: 'GET /healthz (no database)', paths: { mera: '/healthz', 'done-well': '/healthz' } },
  ].filter(({ route }) => !ONLY || ONLY.some((part) => route.includes(part)));

  let token = await logIn(mera.url, 'member1@bench.example');
  // Statements per request, counted by PostgreSQL itself.
  const statements: Record<string, Partial<Record<Target['key'], { count: number; sqlMs: number }>>> = {};
  for (const { route, paths } of routes)
    for (const target of targets) {
      const path = paths[target.key];
      if (!path || route.startsWith('GET /healthz')) continue;
      const counted = await countStatements(server.adminUrl(DATABASE), DATABASE, 20, () =>
        getOk(`${target.service.url}${path}`, token),
      );
      (statements[route] ??= {})[target.key] = { count: counted.perRequest, sqlMs: counted.sqlMsPerRequest };
    }

  log(`warming up; then ${ROUNDS} rounds × ${SECONDS} s per route and target, ${CONNECTIONS} connections`);
  for (const { paths } of routes)
    for (const target of targets) {
      const path = paths[target.key];
      if (path)
        await load({ url: `${target.service.url}${path}`, token, seconds: 2, connections: CONNECTIONS });
    }

  const runs: Record<string, Partial<Record<Target['key'], LoadResult[]>>> = {};
  const measured = await peakRssDuring(mera.pid, async () =>
    peakRssDuring(baseline.pid, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        token = await logIn(mera.url, 'member1@bench.example'); // access tokens live 10 minutes
        const order = targets.map((_, i) => targets[(i + round) % targets.length] as Target);
        for (const { route, paths } of routes)
          for (const target of order) {
            const path = paths[target.key];
            if (!path) continue;
            const result = await load({
              url: `${target.service.url}${path}`,
              token,
              seconds: SECONDS,
              connections: CONNECTIONS,
              serverPid: target.service.pid,
            });
            ((runs[route] ??= {})[target.key] ??= []).push(result);
            log(
              `round ${round + 1} ${route} ${target.key}: ${result.requestsPerSecond} req/s, p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms${result.failures ? `, ${result.failures} failures` : ''}`,
            );
          }
      }
    }),
  );
  const memory = {
    mera: {
      idleMb: idleRss.mera,
      peakUnderLoadMb: measured.peakRssMb,
      highWaterMb: sampleProcess(mera.pid).peakRssMb,
    },
    baseline: {
      idleMb: idleRss.baseline,
      peakUnderLoadMb: measured.result.peakRssMb,
      highWaterMb: sampleProcess(baseline.pid).peakRssMb,
    },
  };
  const summary = summarise(
    routes.map((r) => r.route),
    targets,
    runs,
    statements,
  );
  const settings = {
    rounds: ROUNDS,
    seconds: SECONDS,
    connections: CONNECTIONS,
    poolSize: POOL_SIZE,
    role: APP_ROLE,
  };
  const markdown = compareMarkdown({ at: new Date(), machine, settings, summary, memory });
  const file = await writeResults(
    'compare',
    { at: new Date().toISOString(), machine, settings, summary, memory, runs },
    markdown,
  );
  process.stdout.write(`\n${markdown}\n`);
  log(`written to ${file}`);
} finally {
  for (const service of services.reverse()) await service.stop();
  await server.stop();
}
