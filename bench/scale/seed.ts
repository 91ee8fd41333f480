import { parseArgs } from 'node:util';
import { startApi } from '@mera/api';
import { benchPasswordHash } from '../lib/mera-client.ts';
import {
  benchTemplate,
  freshDatabase,
  startBenchServer,
  withClient,
  type BenchServer,
} from '../lib/postgres.ts';
import { planFor, type ScalePlan, type SeedRecord } from './plan.ts';
import { organisationSteps } from './sql-organisations.ts';
import { recordSteps, resultSteps, storedScoresStep } from './sql-records.ts';

export const SCALE_DATABASE = 'mera_scale';
/** Sessions loading the results side by side: the machine's two cores. */
const WORKERS = Number(process.env['BENCH_SEED_WORKERS'] ?? 2);

/**
 * Builds the national-scale database `mera_scale` on the benchmark's cluster: migrations (the template), the plugins'
 * catalogues synced by Mera itself (a first API start, exactly as in production), then the data by set-based SQL.
 *
 * The data is written as the superuser with `session_replication_role = replica`, which switches off triggers:
 * - the audit trail: 8 million results would be 8 million audit events, written row by row through a per-tenant
 *   lock — hours, for rows no measured route reads (the trail is read only by its own, paginated routes);
 * - the guards (a contract starts as proposed, a completed check is frozen, a submitted report cannot change): they
 *   police transitions, and the seed writes the end states those transitions lead to (active contracts, completed
 *   checks, submitted reports), each consistent with its table's check constraints, which still apply;
 * - the foreign keys (triggers too): every row is built from rows inserted before it, and the seed checks that
 *   nothing dangles before it finishes.
 * Row-level security does not apply to the superuser while seeding; every measurement runs as `mera_app` under it.
 */
export async function seedScale(
  server: BenchServer,
  plan: ScalePlan,
  log: (line: string) => void,
): Promise<SeedRecord> {
  const timings: { step: string; ms: number }[] = [];
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - started);
    timings.push({ step, ms });
    log(`${step}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  };
  await timed('migrated database (template clone)', async () =>
    freshDatabase(server, SCALE_DATABASE, await benchTemplate(server)),
  );
  await timed('catalogues synced by a first API start', async () => {
    const api = await startApi({ databaseUrl: server.appUrl(SCALE_DATABASE) });
    await api.close();
  });
  const hash = await benchPasswordHash();
  return withClient(server.adminUrl(SCALE_DATABASE), async (client) => {
    await client.query(`set session_replication_role = replica`);
    await client.query(`set synchronous_commit = off`);
    const dataStarted = performance.now();
    for (const { step, sql } of [...organisationSteps(plan, hash), ...recordSteps(plan)])
      await timed(step, () => client.query(sql));
    const results = resultSteps(WORKERS);
    await timed(`indicator results (${WORKERS} sessions in parallel)`, async () => {
      await client.query(results.before);
      await Promise.all(
        results.parts.map((sql) =>
          withClient(server.adminUrl(SCALE_DATABASE), async (worker) => {
            await worker.query(`set session_replication_role = replica`);
            await worker.query(`set synchronous_commit = off`);
            await worker.query(sql);
          }),
        ),
      );
    });
    // The key's sort fits in memory with this much; the default (64 MB) spills it to disk in pieces.
    await client.query(`set maintenance_work_mem = '1GB'`);
    await timed('indicator results: primary key built', () => client.query(results.after));
    await timed('completed checks: scores stored', () => client.query(storedScoresStep));
    const dataMs = Math.round(performance.now() - dataStarted);
    timings.push({ step: 'data in total', ms: dataMs });
    log(`data in total: ${(dataMs / 1000).toFixed(1)} s`);
    await timed('foreign keys checked (nothing dangles)', () => checkIntegrity(client));
    // Statistics and the visibility map, so the measurements see a settled database, not autovacuum's catch-up.
    await timed('vacuum (analyze)', () => client.query(`vacuum (analyze)`));

    const counts: Record<string, number> = {};
    for (const table of [
      'tenant',
      'app_user',
      'service',
      'commissioning_contract',
      'quality_programme',
      'assessment',
      'assessment_result',
      'report',
    ]) {
      const { rows } = await client.query<{ n: string }>(`select count(*)::text as n from ${table}`);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    const municipalities = (
      await client.query<{ services: number; tenantId: string; email: string }>(
        `select count(*)::int as services, m.id as "tenantId", 'admin@m' || m.n || '.bench.example' as email
         from bench_seed.municipality m join bench_seed.service s on s.municipality_id = m.id
         where m.n <= 3 group by m.n, m.id order by m.n`,
      )
    ).rows;
    const provider = (
      await client.query<{ tenantId: string; email: string; services: number; assessmentId: string }>(
        `select p.id as "tenantId", 'admin@p1.bench.example' as email,
                (select count(*)::int from bench_seed.service s where s.provider_id = p.id) as services,
                (select a.id from assessment a where a.tenant_id = p.id order by a.completed_at desc limit 1)
                  as "assessmentId"
         from bench_seed.provider p where p.n = 1`,
      )
    ).rows[0];
    if (!provider) throw new Error('the measured provider is missing');
    const record: SeedRecord = {
      plan,
      seededAt: new Date().toISOString(),
      municipalities,
      provider,
      counts,
      timings,
    };
    await client.query(`drop schema bench_seed cascade`);
    await client.query(
      `comment on database ${SCALE_DATABASE} is ${client.escapeLiteral(JSON.stringify(record))}`,
    );
    return record;
  });
}

/** The foreign keys the disabled triggers would have checked, for the tables the seed wrote. */
async function checkIntegrity(client: { query: (sql: string) => Promise<{ rows: { n: number }[] }> }) {
  const { rows } = await client.query(`
    select (select count(*) from membership m where not exists (select 1 from app_user u where u.id = m.user_id))
         + (select count(*) from service s where not exists (select 1 from tenant t where t.id = s.tenant_id))
         + (select count(*) from commissioning_contract c
              where not exists (select 1 from service s where s.tenant_id = c.provider_tenant_id and s.id = c.service_id))
         + (select count(*) from assessment a
              where not exists (select 1 from service s where s.tenant_id = a.tenant_id and s.id = a.service_id))
         + (select count(*) from assessment_result r
              where not exists (select 1 from assessment a where a.tenant_id = r.tenant_id and a.id = r.assessment_id))
         + (select count(*) from report r
              where not exists (select 1 from service s where s.tenant_id = r.tenant_id and s.id = r.service_id))
      as n`);
  const dangling = Number(rows[0]?.n ?? 0);
  if (dangling !== 0) throw new Error(`the seed left ${dangling} rows pointing at nothing`);
}

/** The record of the kept scale database, or null when there is none (or it was built by an older seed). */
export async function readSeedRecord(server: BenchServer): Promise<SeedRecord | null> {
  return withClient(server.adminUrl(), async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [SCALE_DATABASE],
    );
    try {
      return rows[0]?.comment ? (JSON.parse(rows[0].comment) as SeedRecord) : null;
    } catch {
      return null;
    }
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  const plan = planFor(Number(values.scale ?? process.env['BENCH_SCALE'] ?? 1));
  const log = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  const server = await startBenchServer(log);
  try {
    log(
      `scale ${plan.scale}: ${plan.municipalities} municipalities, ${plan.providers} NGOs, ${plan.services} services`,
    );
    const record = await seedScale(server, plan, log);
    log(`counts: ${JSON.stringify(record.counts)}`);
  } finally {
    await server.stop();
  }
}
