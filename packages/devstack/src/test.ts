import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareTemplate, provideTestServer } from '@mera/db/testing';

/**
 * `npm test`: one PostgreSQL server for the whole run (TEST_DATABASE_URL, else a container when Docker answers,
 * else embedded), one migrated template database, then every package's tests through turbo. Each test file
 * clones the template into a database of its own, so files run in parallel without touching each other.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const started = Date.now();
const server = await provideTestServer();
let status: number;
try {
  const template = await prepareTemplate((database) => server.adminUrl(database));
  process.stdout.write(
    `[mera] test database server: ${server.source}, template ${template} ready in ${Date.now() - started} ms\n`,
  );
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  const result = spawnSync(
    turbo,
    ['run', 'test', '--concurrency=2', '--output-logs=new-only', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MERA_TEST_ADMIN_URL: server.adminUrl('postgres'), MERA_TEST_TEMPLATE: template },
    },
  );
  status = result.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
