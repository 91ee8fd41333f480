import path from 'node:path';
import {
  APP_ROLE,
  ensureAppRoleExists,
  ensureDatabase,
  ensureLocalRoles,
  OWNER_ROLE,
  withCredentials,
} from '@mera/db';
import { startEmbeddedPostgres } from '@mera/db/embedded';

export interface DevDatabase {
  /** As the application role: what the API connects with. */
  url: string;
  /** As the schema owner: what migrations run with. */
  ownerUrl: string;
  /** Human description for the start-up banner (no password). */
  description: string;
  stop(): Promise<void>;
}

const DATABASE = 'mera';

/**
 * The database behind `npm start`: `DATABASE_URL` (and `DATABASE_OWNER_URL` for migrations, defaulting to the same)
 * when set; otherwise an embedded PostgreSQL whose files live in `<repo>/.data/postgres`, so a second start finds
 * yesterday's data. The embedded cluster gets the two roles of docs/security.md.
 */
export async function provideDevDatabase(root: string, dataFolder?: string): Promise<DevDatabase> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    const where = new URL(given);
    const ownerUrl = process.env['DATABASE_OWNER_URL'] ?? given;
    await ensureAppRoleExists(ownerUrl);
    return {
      url: given,
      ownerUrl,
      description: `${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL)`,
      stop: async () => {},
    };
  }
  const dataDir = path.resolve(root, dataFolder ?? path.join('.data', 'postgres'));
  const port = Number(process.env['MERA_PG_PORT'] ?? 54329);
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true, detached: true });
  try {
    await ensureLocalRoles(server.adminUrl('postgres'));
    await ensureDatabase(server.adminUrl('postgres'), DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: withCredentials(server.adminUrl(DATABASE), APP_ROLE),
    ownerUrl: withCredentials(server.adminUrl(DATABASE), OWNER_ROLE),
    description: `embedded PostgreSQL on 127.0.0.1:${port}, data in ${path.relative(root, dataDir)}/`,
    stop: () => server.stop(),
  };
}
