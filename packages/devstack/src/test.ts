import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareTemplate, provideTestServer } from '@mera/db/testing';

/**
 * `npm test`: one PostgreSQL server for the whole run (TEST_DATABASE_URL, else a container when Docker answers,
 * else embedded), one migrated template database, then every package's tests through turbo. Each test file
 * clones the template into a database of its own, so files run in parallel without touching each other.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Each package's Vitest writes its JSON report here (inside its git-ignored .turbo folder). */
const REPORT = '.turbo/vitest-report.json';

function workspaces(): string[] {
  const manifest = spawnSync(path.join(root, 'node_modules', '.bin', 'turbo'), ['ls', '--output=json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const parsed = JSON.parse(manifest.stdout || '{"packages":{"items":[]}}') as {
    packages: { items: { path: string }[] };
  };
  return parsed.packages.items.map((item) => path.join(root, item.path));
}

/** One closing line over every package: the number of tests that passed and failed. */
async function summarise(packages: string[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const dir of packages) {
    const text = await readFile(path.join(dir, REPORT), 'utf8').catch(() => undefined);
    if (!text) continue;
    const report = JSON.parse(text) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  process.stdout.write(
    `\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
  );
}

const started = Date.now();
const server = await provideTestServer();
let status: number;
try {
  const template = await prepareTemplate((database) => server.adminUrl(database));
  process.stdout.write(
    `[mera] test database server: ${server.source}, template ${template} ready in ${Date.now() - started} ms\n`,
  );
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  const packages = workspaces();
  await Promise.all(packages.map((dir) => rm(path.join(dir, REPORT), { force: true })));
  // Asynchronous on purpose: this process owns the PostgreSQL server and must keep reading its log output; a
  // blocked event loop (spawnSync) lets the log pipe fill, and then every backend hangs writing to it.
  const child = spawn(
    turbo,
    [
      'run',
      'test',
      '--concurrency=2',
      '--continue',
      '--output-logs=new-only',
      ...process.argv.slice(2),
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORT}`,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MERA_TEST_ADMIN_URL: server.adminUrl('postgres'), MERA_TEST_TEMPLATE: template },
    },
  );
  status = await new Promise<number>((resolve) => {
    child.once('exit', (code) => resolve(code ?? 1));
    child.once('error', () => resolve(1));
  });
  await summarise(packages);
  if (status !== 0) process.stdout.write('[mera] some package failed (see its output above)\n');
} finally {
  await server.stop();
}
process.exit(status);
