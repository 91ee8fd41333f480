import { migrate } from '../orm.ts';

// `node packages/db/src/cli/migrate.ts` — applies pending migrations as the schema owner: DATABASE_OWNER_URL,
// else DATABASE_URL. The application role `mera_app` must exist (see docs/security.md).
const url = process.env['DATABASE_OWNER_URL'] ?? process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write('DATABASE_OWNER_URL (or DATABASE_URL) must be set to a PostgreSQL connection URL.\n');
  process.exit(1);
}
const applied = await migrate(url);
process.stdout.write(
  applied.length ? `applied: ${applied.join(', ')}\n` : 'the database schema is current\n',
);
