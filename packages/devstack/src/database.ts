import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@mera/db/embedded';

export interface DevDatabase {
  url: string;
  /** Human description for the start-up banner (no password). */
  description: string;
  stop(): Promise<void>;
}

const DATABASE = 'mera';

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0)
      await client.query(`create database ${DATABASE} encoding 'UTF8' template template0`);
  } finally {
    await client.end();
  }
}

/**
 * The database behind `npm start`: `DATABASE_URL` when set; otherwise an embedded PostgreSQL whose files live
 * in `<repo>/.data/postgres`, so a second start finds yesterday's data.
 */
export async function provideDevDatabase(root: string, dataFolder?: string): Promise<DevDatabase> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    const where = new URL(given);
    return {
      url: given,
      description: `${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL)`,
      stop: async () => {},
    };
  }
  const dataDir = path.resolve(root, dataFolder ?? path.join('.data', 'postgres'));
  const port = Number(process.env['MERA_PG_PORT'] ?? 54329);
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true, detached: true });
  await ensureDatabase(server.adminUrl('postgres'));
  return {
    url: server.adminUrl(DATABASE),
    description: `embedded PostgreSQL on 127.0.0.1:${port}, data in ${path.relative(root, dataDir)}/`,
    stop: () => server.stop(),
  };
}
