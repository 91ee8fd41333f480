import pg from 'pg';
import { migrate } from '../orm.ts';
import { ensureDatabase, ensureLocalRoles, OWNER_ROLE, withCredentials } from '../roles.ts';

export const TEMPLATE_DATABASE = 'mera_template';

export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds the migrated template database every test file clones: the roles, then the database owned by the owner
 * role, migrated as that role. Cloning a template is a file copy inside PostgreSQL — far faster than migrating
 * each test database.
 */
export async function prepareTemplate(adminUrl: (database: string) => string): Promise<string> {
  await ensureLocalRoles(adminUrl('postgres'));
  await withAdminClient(adminUrl('postgres'), (client) =>
    client.query(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`),
  );
  await ensureDatabase(adminUrl('postgres'), TEMPLATE_DATABASE);
  await migrate(withCredentials(adminUrl(TEMPLATE_DATABASE), OWNER_ROLE));
  return TEMPLATE_DATABASE;
}
