import { sql, type Database } from '@mera/db';
import type { ExpressionBuilder, JoinBuilder, Kysely, ReferenceExpression, UpdateObject } from 'kysely';
import { stale } from './validation.ts';

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

/** A tenant's legal name, as documents and notices name it; undefined where row-level security hides the tenant. */
export async function legalNameOf(db: Kysely<Database>, tenantId: string): Promise<string | undefined> {
  const tenant = await db
    .selectFrom('tenant')
    .select('legal_name')
    .where('id', '=', tenantId)
    .executeTakeFirst();
  return tenant?.legal_name;
}

/**
 * A contract's service: `innerJoin('service as s', (join) => ofItsContract(join, 's', 'c'))` joins `s` on
 * `c.service_id` in the provider's tenant (`c.provider_tenant_id`) — the contract itself is the municipality's row.
 */
export function ofItsContract<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  service: string,
  contract: string,
): JoinBuilder<DB, TB> {
  const ref = (column: string) => column as ReferenceExpression<DB, TB>;
  return join
    .onRef(ref(`${service}.tenant_id`), '=', ref(`${contract}.provider_tenant_id`))
    .onRef(ref(`${service}.id`), '=', ref(`${contract}.service_id`));
}

/**
 * The services a municipality commissions under an active contract, `c` and `s` with each service's identity; the
 * caller narrows by the contract's dates and adds what it shows. Row-level security (`commissioned_read` on service)
 * lets a service through only while its contract is active and in force.
 */
export function commissionedServicesOf(db: Kysely<Database>, municipalityId: string) {
  return db
    .selectFrom('commissioning_contract as c')
    .innerJoin('service as s', (join) => ofItsContract(join, 's', 'c'))
    .select(['s.tenant_id', 's.id', 's.name', 's.plugin_code', 's.variant_key'])
    .where('c.tenant_id', '=', municipalityId)
    .where('c.status', '=', 'active');
}

/** The tables a record of which is saved under optimistic locking: keyed by tenant and id, with a `version`. */
type Versioned = {
  [T in keyof Database]: Database[T] extends {
    tenant_id: unknown;
    id: unknown;
    version: unknown;
    updated_at: unknown;
  }
    ? T
    : never;
}[keyof Database];

/**
 * Saves a record only if it is still the version the person read (optimistic locking): the values given, the next
 * version and the time of the change, in one statement — or a 409 `stale` and nothing written, when someone saved it
 * in between. The typed values are checked by the compiler against the table like any `set`.
 */
export async function updateAtVersion<T extends Versioned>(
  db: Kysely<Database>,
  table: T,
  record: { tenantId: string; id: string; version: number },
  values: (eb: ExpressionBuilder<Database, NoInfer<T>>) => UpdateObject<Database, NoInfer<T>>,
): Promise<void> {
  // The tail is the same for every versioned table; Kysely cannot type a column of a table chosen by a type parameter.
  const locked = db as unknown as Kysely<
    Record<string, { tenant_id: string; id: string; version: number; updated_at: string }>
  >;
  const updated = await locked
    .updateTable(table as string)
    .set((eb) => ({
      ...values(eb as unknown as ExpressionBuilder<Database, T>),
      version: eb('version', '+', 1),
      updated_at: sql<string>`now()`,
    }))
    .where('tenant_id', '=', record.tenantId)
    .where('id', '=', record.id)
    .where('version', '=', record.version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw stale();
}
