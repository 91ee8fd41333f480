import { migrate } from '../orm.ts';

// `node packages/db/src/cli/migrate.ts` — applies pending migrations to DATABASE_URL (run it as the schema owner).
const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write('DATABASE_URL must be set to a PostgreSQL connection URL.\n');
  process.exit(1);
}
const applied = await migrate(url);
process.stdout.write(
  applied.length ? `applied: ${applied.join(', ')}\n` : 'the database schema is current\n',
);
