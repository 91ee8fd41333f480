import type { EntityManager, InferKyselyDB } from '@mikro-orm/postgresql';
import type { ColumnType, Kysely } from 'kysely';
import type { entities } from './entities/index.ts';

/**
 * The database as Kysely sees it, inferred from the entities: table and column names as in PostgreSQL
 * (`staff_member.full_name`), each column typed by its entity property. No hand-written row types: a query that names
 * a column the entities do not have, or reads one as the wrong type, does not compile — and `schema.test.ts` keeps
 * the entities equal to what the migrations made.
 */
export type Database = {
  [Table in keyof Inferred]: { [Column in keyof Inferred[Table]]: AsReturned<Inferred[Table][Column]> };
};
type Inferred = InferKyselyDB<(typeof entities)[number]>;

/**
 * What PostgreSQL hands back through MikroORM's connection: dates *and timestamps* as the server's text (MikroORM's
 * own type parsers keep them raw, `2026-12-07 06:30:00+00`), so a timestamp read through Kysely is typed a string,
 * not a `Date` (the entities convert theirs; a set-based query reads the text).
 */
type AsReturned<V> =
  V extends ColumnType<infer Select, infer Insert, infer Update>
    ? ColumnType<TextIfDate<Select>, Insert, Update>
    : TextIfDate<V>;
type TextIfDate<V> = V extends Date ? string : V;

/**
 * Set-based reads and writes on the request's transaction (MikroORM's Kysely integration): the same connection, so
 * the session variables `inScope` set — the tenant for row-level security, the person and request for the audit
 * trail — apply to every query. Use the entities (`em.find`, `em.create`) for records; this for sums, groupings,
 * subqueries and bulk updates.
 */
export function sqlOf(em: EntityManager): Kysely<Database> {
  return em.getKysely<Database>();
}
