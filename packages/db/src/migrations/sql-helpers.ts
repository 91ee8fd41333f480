/**
 * The statements every tenant-owned table repeats, written once. Not a migration (migrations/index.ts lists the
 * migrations by hand, so this module is never run as one): the migrations call these functions to say what they
 * always said. Applied migrations must keep emitting exactly the same SQL — migration-history.test.ts compares every
 * migration's statements with the snapshot taken when it was applied — so changing a statement here is changing
 * history: add a new migration instead.
 */

/** The tenant the transaction acts for, as session.ts sets it; every policy compares rows with it. */
export const ACTING_TENANT = `current_setting('app.tenant_id')::uuid`;

/** Row-level security on, and forced, so that it holds for the table's owner too (docs/architecture.md). */
export function rowLevelSecurity(table: string): string[] {
  return [`alter table ${table} enable row level security`, `alter table ${table} force row level security`];
}

/** A tenant sees and writes only its own rows: the policy rls.test.ts looks for on every tenant-owned table. */
export function tenantIsolation(table: string): string {
  return `create policy tenant_isolation on ${table}
    using (tenant_id = ${ACTING_TENANT})
    with check (tenant_id = ${ACTING_TENANT})`;
}

/**
 * Every change of the table's rows joins the tenant's hash-chained audit trail (audit_row, Foundation and
 * AuditIntegrity). `withoutColumn` keeps a large column (a file's bytes) out of the audit event's copy of the row.
 */
export function auditTrigger(
  table: string,
  { on = 'insert or update or delete', withoutColumn }: { on?: string; withoutColumn?: string } = {},
): string {
  const argument = withoutColumn === undefined ? '' : `'${withoutColumn}'`;
  return `create trigger ${table}_audit after ${on} on ${table}
    for each row execute function audit_row(${argument})`;
}

/** A tenant-owned table: forced row-level security, the tenant isolation policy and the audit trigger. */
export function tenantTable(table: string, audit: { withoutColumn?: string } = {}): string[] {
  return [...rowLevelSecurity(table), tenantIsolation(table), auditTrigger(table, audit)];
}

/** What the application role may do with the tables; the schema owner is never the role the API runs as. */
export function grantToApp(privileges: string, tables: string): string {
  return `grant ${privileges} on ${tables} to mera_app`;
}

/** Column-level update grants: the application may change these columns of these tables and no others. */
export function grantColumnUpdates(updatable: Record<string, readonly string[]>): string[] {
  return Object.entries(updatable).map(([table, columns]) =>
    grantToApp(`update (${columns.join(', ')})`, table),
  );
}

/** A row trigger that runs `fn()` before the events, to refuse what the law or the workflow does not allow. */
export function beforeRowTrigger(trigger: string, events: string, table: string, fn = trigger): string {
  return `create trigger ${trigger} before ${events} on ${table}
    for each row execute function ${fn}()`;
}

/**
 * True while the acting tenant is the municipality that commissions the service `row` belongs to, under an active
 * contract in force today (art. 27–29: the commissioning municipality reads, never writes, the provider's records).
 * `serviceOf` is the column naming the service (`service.id` for the service itself).
 */
export function commissionedBy(row: string, serviceOf = `${row}.service_id`): string {
  return `exists (
    select 1 from commissioning_contract c
    where c.tenant_id = ${ACTING_TENANT}
      and c.provider_tenant_id = ${row}.tenant_id and c.service_id = ${serviceOf}
      and c.status = 'active' and current_date between c.starts_on and c.ends_on)`;
}

/**
 * A record that becomes final: once its status is `finalStatus` the database refuses any change or deletion
 * (a submitted report, an approved monitoring report). The error's hint names the reason for the API.
 */
export function finalOnce(
  table: string,
  { finalStatus, noun, hint }: { finalStatus: string; noun: string; hint: string },
): string[] {
  const guard = `${table}_guard`;
  return [
    `
      create or replace function ${guard}() returns trigger language plpgsql as $$
      begin
        if old.status = '${finalStatus}' then
          raise exception '${noun} % is ${finalStatus} and cannot change', old.id
            using errcode = 'P0001', hint = '${hint}';
        end if;
        return coalesce(new, old);
      end $$`,
    beforeRowTrigger(guard, 'update or delete', table),
  ];
}

/*
 * The column groups most tenant-owned tables open or close with — the same groups the entities spread in
 * (entities/columns.ts: tenantKey(), authored(), versioned()). Each ends with a comma: a table's own columns and
 * its `primary key (tenant_id, id)` follow.
 */

/** The tenant first, then the record's id: row-level security and the tenant's queries use the key's prefix. */
export const TENANT_KEY = `tenant_id uuid not null references tenant (id),
        id uuid not null,`;

/** Who wrote the row (null: a system job or a person since erased) and when. */
export const AUTHORED = `created_by uuid references app_user (id),
        created_at timestamptz not null default now(),`;

/** A record people edit: when it last changed and the version two editors' saves are checked against. */
export const VERSIONED = `updated_at timestamptz not null default now(),
        version integer not null default 1,`;

/** The provider's service the record belongs to, in the same tenant. */
export const OF_SERVICE = `foreign key (tenant_id, service_id) references service (tenant_id, id)`;

/**
 * The columns of a report assembled from records (entities: assembled() and step()): its title, the figures as
 * assembled, the texts people write, and a status that goes from 'draft' to `finalStatus` — when and by whom.
 * With finalOnce() the database refuses to change it after that.
 */
export function assembledReport(finalStatus: string): string {
  return `title text not null check (length(trim(title)) between 1 and 300),
        data jsonb not null,
        sections jsonb not null default '{}',
        status text not null default 'draft' check (status in ('draft', '${finalStatus}')),
        assembled_at timestamptz not null default now(),
        ${finalStatus}_at timestamptz,
        ${finalStatus}_by uuid references app_user (id),`;
}
