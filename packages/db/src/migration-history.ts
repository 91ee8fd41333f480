import { readFileSync, writeFileSync } from 'node:fs';
import type { Migration } from '@mikro-orm/migrations';
import { migrationsList } from './migrations/index.ts';

/**
 * What each migration sends to the database, read without one, and the record of what every migration sent when
 * it landed (`migration-history.sql-snapshot.json`). MikroORM records an applied migration by its name only, so a
 * migration that later emitted other SQL would leave old and new databases different without anyone noticing:
 * migration-history.test.ts compares the two, and `node src/cli/record-migrations.ts` adds new migrations to the
 * record — never rewriting one already in it.
 */
export type MigrationClass = (typeof migrationsList)[number];
export interface EmittedSql {
  up: string[];
  down?: string[];
}

export const SNAPSHOT_URL = new URL('./migration-history.sql-snapshot.json', import.meta.url);

type MigrationArgs = ConstructorParameters<typeof Migration>;
const build = (migrationClass: MigrationClass) =>
  new migrationClass(undefined as unknown as MigrationArgs[0], undefined as unknown as MigrationArgs[1]);

export const nameOf = (migrationClass: MigrationClass): string => build(migrationClass).name;

/**
 * The statements of `up()` (and of `down()`, where the migration has one), collected with no driver. Runs of white
 * space fold to one space, so a statement may be re-indented or built by migrations/sql-helpers.ts — but never say
 * anything else.
 */
export async function emittedSql(migrationClass: MigrationClass): Promise<EmittedSql> {
  const normalised = (migration: Migration) =>
    migration.getQueries().map((sql) => String(sql).replace(/\s+/g, ' ').trim());
  const up = build(migrationClass);
  await up.up();
  if (!Object.prototype.hasOwnProperty.call(migrationClass.prototype, 'down')) return { up: normalised(up) };
  const down = build(migrationClass);
  await down.down();
  return { up: normalised(up), down: normalised(down) };
}

export function readSnapshot(): Record<string, EmittedSql> {
  return JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Record<string, EmittedSql>;
}

/** Adds the migrations the record lacks; returns their names. What is recorded stays as it is. */
export async function recordNewMigrations(): Promise<string[]> {
  const snapshot = readSnapshot();
  const added: string[] = [];
  for (const migrationClass of migrationsList) {
    const name = nameOf(migrationClass);
    if (snapshot[name]) continue;
    snapshot[name] = await emittedSql(migrationClass);
    added.push(name);
  }
  if (added.length) writeFileSync(SNAPSHOT_URL, `${JSON.stringify(snapshot, null, 2)}\n`);
  return added;
}
