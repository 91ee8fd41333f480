import { readFileSync } from 'node:fs';
import type { Migration } from '@mikro-orm/migrations';
import { describe, expect, it } from 'vitest';
import { migrationsList } from './migrations/index.ts';

/**
 * What each migration sends to the database, read without one: the migration is built with no driver and its
 * `up()` (and `down()`, where it has one) only collects the statements it would run. Runs of white space fold to
 * one space so that a statement may be re-indented or built by a helper (migrations/sql-helpers.ts) — but never say
 * anything else.
 */
type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

async function statementsOf(
  migrationClass: MigrationClass,
  step: 'up' | 'down',
): Promise<string[] | undefined> {
  const migration = new migrationClass(
    undefined as unknown as ConstructorParameters<typeof Migration>[0],
    undefined as unknown as ConstructorParameters<typeof Migration>[1],
  );
  if (step === 'down' && !Object.prototype.hasOwnProperty.call(migrationClass.prototype, 'down')) {
    return undefined;
  }
  await migration[step]();
  return migration.getQueries().map((sql) => String(sql).replace(/\s+/g, ' ').trim());
}

const snapshotUrl = new URL('./migration-history.sql-snapshot.json', import.meta.url);
const snapshot = JSON.parse(readFileSync(snapshotUrl, 'utf8')) as Record<
  string,
  { up: string[]; down?: string[] }
>;

describe('migration history', () => {
  // MikroORM records an applied migration by its name only: a deployment that has applied it never runs it again,
  // so a migration that now emitted other SQL would leave old and new databases different without anyone noticing.
  it.each(
    migrationsList.map((migration) => [
      new migration(undefined as never, undefined as never).name,
      migration,
    ]),
  )(
    'an applied migration never emits different SQL: %s says what it said when it was applied (editing history is refused; add a migration instead)',
    async (name, migration) => {
      const recorded = snapshot[name as string];
      expect(recorded, `${name} is not in the snapshot: a new migration adds its entry once`).toBeDefined();
      expect(await statementsOf(migration as MigrationClass, 'up')).toEqual(recorded?.up);
      expect(await statementsOf(migration as MigrationClass, 'down')).toEqual(recorded?.down);
    },
  );

  it('every migration in the snapshot is still listed (a migration is never taken out of history)', () => {
    const listed = migrationsList.map(
      (migration) => new migration(undefined as never, undefined as never).name,
    );
    expect(Object.keys(snapshot).filter((name) => !listed.includes(name))).toEqual([]);
  });
});
