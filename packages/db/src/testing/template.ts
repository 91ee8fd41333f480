import { migrate } from '../orm.ts';
import { ensureDatabase, ensureLocalRoles, OWNER_ROLE, withClient, withCredentials } from '../roles.ts';

export const TEMPLATE_DATABASE = 'mera_template';

/**
 * Builds the migrated template database every test file clones: the roles, then the database owned by the owner
 * role, migrated as that role. Cloning a template is a file copy inside PostgreSQL — far faster than migrating
 * each test database.
 */
export async function prepareTemplate(adminUrl: (database: string) => string): Promise<string> {
  await ensureLocalRoles(adminUrl('postgres'));
  await withClient(adminUrl('postgres'), (client) =>
    client.query(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`),
  );
  await ensureDatabase(adminUrl('postgres'), TEMPLATE_DATABASE);
  await migrate(withCredentials(adminUrl(TEMPLATE_DATABASE), OWNER_ROLE));
  return TEMPLATE_DATABASE;
}
