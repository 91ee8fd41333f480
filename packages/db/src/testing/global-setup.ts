import type { TestProject } from 'vitest/node';
import { provideTestServer, type TestServer } from './server.ts';
import { prepareTemplate } from './template.ts';
import './provided.ts';

let server: TestServer | undefined;

/**
 * Vitest global setup for packages whose tests need PostgreSQL. Under `npm test` the root script has already
 * started one server for the whole run and passes it in `MERA_TEST_ADMIN_URL`; when a package's tests run on
 * their own (`pnpm --filter … test`), this starts one for that run.
 */
export async function setup(project: TestProject): Promise<void> {
  let adminUrl = process.env['MERA_TEST_ADMIN_URL'];
  let template = process.env['MERA_TEST_TEMPLATE'];
  if (!adminUrl || !template) {
    const started = await provideTestServer();
    server = started;
    template = await prepareTemplate((db) => started.adminUrl(db));
    adminUrl = started.adminUrl('postgres');
  }
  project.provide('meraTestAdminUrl', adminUrl);
  project.provide('meraTestTemplate', template);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
