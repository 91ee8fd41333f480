import { describe, expect, it } from 'vitest';
import { migrationsList } from './migrations/index.ts';
import { emittedSql, nameOf, readSnapshot } from './migration-history.ts';

const snapshot = readSnapshot();

describe('migration history', () => {
  // MikroORM records an applied migration by its name only: a deployment that has applied it never runs it again,
  // so a migration that now emitted other SQL would leave old and new databases different without anyone noticing.
  it.each(migrationsList.map((migration) => [nameOf(migration), migration] as const))(
    'an applied migration never emits different SQL: %s says what it said when it was applied (editing history is refused; add a migration instead)',
    async (name, migration) => {
      const recorded = snapshot[name];
      expect(
        recorded,
        `${name} is not in the record yet: run \`node src/cli/record-migrations.ts\` in packages/db`,
      ).toBeDefined();
      expect(await emittedSql(migration)).toEqual(recorded);
    },
  );

  it('every migration in the record is still listed (a migration is never taken out of history)', () => {
    const listed = migrationsList.map(nameOf);
    expect(Object.keys(snapshot).filter((name) => !listed.includes(name))).toEqual([]);
  });
});
