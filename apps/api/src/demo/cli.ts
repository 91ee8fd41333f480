import { createOrm } from '@mera/db';
import { seedDemoIfEmpty } from './seed.ts';

/**
 * `node apps/api/src/demo/cli.ts` — seeds the demo when the database (DATABASE_URL) is empty and prints the demo
 * accounts it created as one line of JSON (`[]` when the data was already there). The local stack runs it as a
 * process, so packages/devstack never imports the API.
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const orm = await createOrm({ url, poolSize: 1 });
  try {
    const pluginsDir = process.env['PLUGINS_DIR'];
    const credentials = await seedDemoIfEmpty(orm, pluginsDir ? { pluginsDir } : {});
    process.stdout.write(`${JSON.stringify(credentials)}\n`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
