import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { withAdminClient } from './template.ts';
import './provided.ts';

export { provideTestServer, type TestServer } from './server.ts';
export { prepareTemplate, TEMPLATE_DATABASE } from './template.ts';

export interface TestDatabase {
  /** Connection string of a fresh, migrated database that belongs to this test file alone. */
  url: string;
  drop(): Promise<void>;
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Clones the migrated template into a new database for one test file. Needs the global setup. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('meraTestAdminUrl');
  const template = inject('meraTestTemplate');
  const name = `mera_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) =>
    client.query(`create database "${name}" template "${template}"`),
  );
  return {
    url: databaseUrl(adminUrl, name),
    drop: () =>
      withAdminClient(adminUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      ).then(() => undefined),
  };
}
