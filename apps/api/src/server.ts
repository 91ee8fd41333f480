import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { checkDatabaseRole, connectDatabase, listen, StartupError } from './start.ts';

/**
 * The process entry point: configuration, database, listen, graceful shutdown. A problem at start-up prints
 * one line saying what to fix and exits with code 1.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await connectDatabase(config);
  await checkDatabaseRole(orm, config, (message) => process.stderr.write(`warning: ${message}\n`));
  if (config.NODE_ENV === 'production' && !config.WEB_TIER_SECRET)
    process.stderr.write(
      'warning: WEB_TIER_SECRET is not set: rate limits count everyone logging in through the web app as one visitor (docs/decisions/014-web-tier-visitor.md)\n',
    );
  const app = await buildApp({ config, orm });

  closeWithGrace({ delay: config.SHUTDOWN_GRACE_SECONDS * 1000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: draining requests, closing the database pool');
    await app.close();
  });

  const url = await listen(app, config).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  app.log.info(`Mera API listening on ${url} (OpenAPI at ${url}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Mera API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
