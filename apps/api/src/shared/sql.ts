import { sql } from '@mera/db';
import type { JoinBuilder, ReferenceExpression } from 'kysely';

/**
 * The calendar day in Sofia of a timestamp column: a record made at 23:30 UTC on 6 December belongs to 7 December in
 * Bulgaria. A PostgreSQL `date`, read back as its `YYYY-MM-DD` text like every date column (see `AsReturned` in
 * @mera/db's kysely.ts). PostgreSQL's `at time zone` has no Kysely builder.
 */
export const sofiaDayOf = (column: string) =>
  sql<string>`(${sql.ref(column)} at time zone 'Europe/Sofia')::date`;

/**
 * The join condition of two rows of one tenant: every key carries the tenant (row-level security keys each table by
 * `(tenant_id, id)`), so a reference holds only together with the tenant.
 * `leftJoin('stored_file as f', (join) => sameTenant(join, 'f.id', 'e.file_id'))` reads
 * `f.tenant_id = e.tenant_id and f.id = e.file_id`. The two columns are checked by the compiler against the query's
 * tables; their `tenant_id` beside them is every table's (rls.test.ts checks that each has one).
 */
export function sameTenant<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  left: ReferenceExpression<DB, TB> & string,
  right: ReferenceExpression<DB, TB> & string,
): JoinBuilder<DB, TB> {
  const tenantOf = (ref: string) =>
    `${ref.slice(0, ref.indexOf('.'))}.tenant_id` as ReferenceExpression<DB, TB>;
  return join.onRef(tenantOf(left), '=', tenantOf(right)).onRef(left, '=', right);
}

/**
 * A row's own service: `leftJoin('service as s', (join) => ofItsService(join, 's', 'p'))` joins `s` on
 * `p.service_id` (and the tenant).
 */
export function ofItsService<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  service: string,
  row: string,
): JoinBuilder<DB, TB> {
  return sameTenant(
    join,
    `${service}.id` as ReferenceExpression<DB, TB> & string,
    `${row}.service_id` as ReferenceExpression<DB, TB> & string,
  );
}
