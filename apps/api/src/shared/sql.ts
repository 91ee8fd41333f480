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
 * The join condition of a row to its own service: every key carries the tenant (row-level security keys each table
 * by `(tenant_id, id)`), so the service `service` of the row `row` is found by the row's `tenant_id` and `service_id`.
 * `leftJoin('service as s', ofItsService('s', 'p'))` reads `s.tenant_id = p.tenant_id and s.id = p.service_id`.
 */
export function ofItsService(service: string, row: string) {
  return <DB, TB extends keyof DB>(join: JoinBuilder<DB, TB>) =>
    join
      .onRef(
        `${service}.tenant_id` as ReferenceExpression<DB, TB>,
        '=',
        `${row}.tenant_id` as ReferenceExpression<DB, TB>,
      )
      .onRef(
        `${service}.id` as ReferenceExpression<DB, TB>,
        '=',
        `${row}.service_id` as ReferenceExpression<DB, TB>,
      );
}
