import { fileURLToPath } from 'node:url';
import { APP_ROLE, createOrm, migrationStatus, OWNER_ROLE, withClient, withCredentials } from '@mera/db';
import { startEmbeddedPostgres, type EmbeddedServer } from '@mera/db/embedded';
import { prepareTemplate } from '@mera/db/testing';

/** The repository's root (bench/ sits directly under it). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The benchmark's own PostgreSQL cluster, kept in `.data/bench-postgres` (git-ignored) so that the national-scale
 * database survives between runs. It differs from the development cluster in one way: `pg_stat_statements` is
 * preloaded, so the benchmark can count the SQL statements each request sends (the extension only observes; it
 * changes no plan and no result). Everything else is the embedded server's defaults, as `npm start` runs them.
 */
export interface BenchServer {
  adminUrl(database?: string): string;
  /** `database` as the application role (what the API connects as). */
  appUrl(database: string): string;
  /** `database` as the owner role (what migrations run as). */
  ownerUrl(database: string): string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

const DATA_DIR = `${REPO_ROOT}.data/bench-postgres`;
const PRELOAD = 'pg_stat_statements';

// One connection for a piece of work: the database package's, which the test set-up uses too.
export { withClient };

function wrap(server: EmbeddedServer): BenchServer {
  return {
    adminUrl: (database = 'postgres') => server.adminUrl(database),
    appUrl: (database) => withCredentials(server.adminUrl(database), APP_ROLE),
    ownerUrl: (database) => withCredentials(server.adminUrl(database), OWNER_ROLE),
    port: server.port,
    pid: server.pid,
    stop: () => server.stop(),
  };
}

export async function startBenchServer(log: (line: string) => void = () => {}): Promise<BenchServer> {
  const port = Number(process.env['BENCH_PG_PORT'] ?? 0);
  const options = { dataDir: DATA_DIR, port, persistent: true, onLog: () => {} };
  let server = await startEmbeddedPostgres(options);
  const preloaded = await withClient(server.adminUrl(), async (client) => {
    const { rows } = await client.query<{ value: string }>(
      `select current_setting('shared_preload_libraries') as value`,
    );
    if (rows[0]?.value.includes(PRELOAD)) return true;
    // A superuser-only, cluster-wide setting; it takes effect at the next start.
    await client.query(`alter system set shared_preload_libraries = '${PRELOAD}'`);
    await client.query(`alter system set pg_stat_statements.track = 'top'`);
    await client.query(`alter system set pg_stat_statements.max = 10000`);
    return false;
  });
  if (!preloaded) {
    log('bench PostgreSQL: preloading pg_stat_statements (one restart, first run only)');
    await server.stop();
    server = await startEmbeddedPostgres({ ...options, port: server.port });
  }
  return wrap(server);
}

/** The migrated template every benchmark database is cloned from (rebuilt each run: a second or two). */
export async function benchTemplate(server: BenchServer): Promise<string> {
  return prepareTemplate((database) => server.adminUrl(database));
}

/** A fresh database cloned from the template, owned by the owner role, with pg_stat_statements installed. */
export async function freshDatabase(server: BenchServer, name: string, template: string): Promise<void> {
  await withClient(server.adminUrl(), async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name} template ${template} owner ${OWNER_ROLE}`);
  });
  await withClient(server.adminUrl(name), (client) =>
    client.query(`create extension if not exists pg_stat_statements`),
  );
}

export async function databaseExists(server: BenchServer, name: string): Promise<boolean> {
  return withClient(server.adminUrl(), async (client) => {
    const { rowCount } = await client.query(`select 1 from pg_database where datname = $1`, [name]);
    return rowCount === 1;
  });
}

/** Whether a kept database still has every migration the code expects (else it must be rebuilt). */
export async function isCurrent(server: BenchServer, name: string): Promise<boolean> {
  const orm = await createOrm({ url: server.adminUrl(name), poolSize: 1 });
  try {
    return (await migrationStatus(orm)).pending.length === 0;
  } finally {
    await orm.close(true);
  }
}
