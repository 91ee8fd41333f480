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
 * `(tenant_id, id)`), so a reference holds only together with the tenant. `sameTenant('f.id', 'd.file_id')` reads
 * `f.tenant_id = d.tenant_id and f.id = d.file_id`. Unchecked by the compiler: name columns the two tables have.
 */
export function sameTenant(left: string, right: string) {
  const tenantOf = (ref: string) => `${ref.slice(0, ref.indexOf('.'))}.tenant_id`;
  return <DB, TB extends keyof DB>(join: JoinBuilder<DB, TB>) =>
    join
      .onRef(
        tenantOf(left) as ReferenceExpression<DB, TB>,
        '=',
        tenantOf(right) as ReferenceExpression<DB, TB>,
      )
      .onRef(left as ReferenceExpression<DB, TB>, '=', right as ReferenceExpression<DB, TB>);
}

/** A row's own service: `leftJoin('service as s', ofItsService('s', 'p'))` joins `s` on `p.service_id`. */
export const ofItsService = (service: string, row: string) =>
  sameTenant(`${service}.id`, `${row}.service_id`);
