import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { APP_ROLE, OWNER_ROLE, withClient, withCredentials } from '../roles.ts';
import './provided.ts';

export { provideTestServer, type TestServer } from './server.ts';
export { prepareTemplate, TEMPLATE_DATABASE } from './template.ts';
export { countStatements, type StatementLog } from './statements.ts';

export interface TestDatabase {
  /** A fresh, migrated database for this test file alone, as the application role (`mera_app`). */
  url: string;
  /** The same database as the owner role (subject to row-level security too: it is forced). */
  ownerUrl: string;
  /** The same database as the server's superuser: bypasses row-level security. For arranging and inspecting. */
  adminUrl: string;
  drop(): Promise<void>;
}

/** Clones the migrated template into a new database for one test file. Needs the global setup. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('meraTestAdminUrl');
  const template = inject('meraTestTemplate');
  const name = `mera_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) =>
    client.query(`create database "${name}" template "${template}" owner ${OWNER_ROLE}`),
  );
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = `/${name}`;
  return {
    url: withCredentials(serverUrl, APP_ROLE, name),
    ownerUrl: withCredentials(serverUrl, OWNER_ROLE, name),
    adminUrl: adminUrl.toString(),
    drop: () =>
      withClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(
        () => undefined,
      ),
  };
}
