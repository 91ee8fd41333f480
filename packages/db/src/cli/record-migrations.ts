import { recordNewMigrations } from '../migration-history.ts';

// `node packages/db/src/cli/record-migrations.ts` — adds the SQL of migrations not yet recorded to
// migration-history.sql-snapshot.json (commit it with the migration). A recorded migration is never rewritten: if
// migration-history.test.ts says one emits different SQL, change the migration back and write a new one.
const added = await recordNewMigrations();
process.stdout.write(added.length ? `recorded: ${added.join(', ')}\n` : 'every migration is recorded\n');
