import { createOrm } from '@mera/db';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { seedDemoIfEmpty } from './seed.ts';

/**
 * `node apps/api/src/demo/cli.ts` — seeds the demo when the database (DATABASE_URL) is empty and prints the demo
 * accounts it created as one line of JSON (`[]` when the data was already there). The local stack runs it as a
 * process, so packages/devstack never imports the API. It builds the API itself: starting, the app syncs the plugins'
 * catalogues (PLUGINS_DIR), so the demo's checks and inspections are always made after the sync, and through the
 * API's own routes. How long it took goes to stderr.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', JOBS: 'off' });
  const orm = await createOrm({ url: config.DATABASE_URL, poolSize: 5 });
  const app = await buildApp({ config, orm });
  try {
    await app.ready();
    const credentials = await seedDemoIfEmpty(app);
    if (credentials.length)
      process.stderr.write(`[mera] demo seeded in ${Math.round(performance.now() - started)} ms\n`);
    process.stdout.write(`${JSON.stringify(credentials)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  // The organisations are in by now: a second start would take the half-made demo for a finished one.
  process.stderr.write(
    `demo seed failed: ${error instanceof Error ? error.message : String(error)}\n` +
      'Reset the demo (stop Mera, delete .data/postgres) before starting again.\n',
  );
  process.exit(1);
});
