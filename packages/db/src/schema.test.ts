import { describe, expect, it } from 'vitest';
import { DatabaseSchema, SchemaComparator } from '@mikro-orm/postgresql';
import { ormForThisFile } from './testing/orm.ts';

/**
 * One typed way to the database: every table has an entity, and the entities say what the migrations made. A
 * migration that changes a column and an entity that disagrees fail here (MikroORM's own schema comparator, between
 * the migrated database and the entities' metadata).
 *
 * Compared: tables, columns, their types (with length, precision and scale), nullability and auto-increment.
 * Not compared, on purpose: what the hand-written migrations own and entities do not describe — row-level security
 * policies, triggers, check constraints (which also hold the enums' values), foreign keys, indexes and column
 * defaults (entities fill ids and timestamps themselves).
 */
const IGNORED_COLUMN_PROPERTIES = new Set(['default', 'enumItems', 'comment']);

/**
 * Tables that have no entity on purpose. `audit_key` holds the audit trail's HMAC key, readable only by the owner's
 * definer functions (migration 20261207300000): the application must never reach it, so nothing should make it look
 * reachable.
 */
const NO_ENTITY = new Set(['audit_key']);

// As the owner: the application role does not see the tables it holds no privilege on (the audit chain), and the
// comparison is about what the migrations made, not about the grants (grants.test.ts pins those).
const t = ormForThisFile({ as: 'owner' });

async function compare() {
  const em = t.orm.em.fork();
  const platform = em.getPlatform();
  const metadata = [...t.orm.getMetadata().getAll().values()];
  const entities = DatabaseSchema.fromMetadata(metadata, platform, t.orm.config, 'public');
  const database = await DatabaseSchema.create(em.getConnection(), platform, t.orm.config, 'public', [
    'public',
  ]);
  return { entities, database, diff: new SchemaComparator(platform).compare(database, entities) };
}

describe('the entities and the migrated database', () => {
  it('have an entity for every table', async () => {
    const { entities, database } = await compare();
    const mapped = new Set(entities.getTables().map((table) => table.name));
    const unmapped = database
      .getTables()
      .map((table) => table.name)
      .filter((name) => name !== 'mikro_orm_migrations' && !mapped.has(name))
      .filter((name) => !NO_ENTITY.has(name));
    expect(unmapped).toEqual([]);
  });

  it('agree on every column', async () => {
    const { diff } = await compare();
    const disagreements: string[] = Object.keys(diff.newTables).map((name) => `${name}: no such table`);
    for (const [table, change] of Object.entries(diff.changedTables)) {
      for (const column of Object.keys(change.addedColumns))
        disagreements.push(`${table}.${column}: no such column`);
      for (const column of Object.keys(change.removedColumns))
        disagreements.push(`${table}.${column}: not in the entity`);
      for (const [column, { changedProperties, fromColumn, column: wanted }] of Object.entries(
        change.changedColumns,
      )) {
        const changed = [...changedProperties].filter((property) => !IGNORED_COLUMN_PROPERTIES.has(property));
        if (changed.length === 0) continue;
        disagreements.push(
          `${table}.${column}: ${changed.join(', ')} — database ${fromColumn.type}${fromColumn.nullable ? ' null' : ''}, entity ${wanted.type}${wanted.nullable ? ' null' : ''}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });
});
