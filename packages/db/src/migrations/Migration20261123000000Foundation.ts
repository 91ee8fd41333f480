import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The foundation of tenancy: tenants, people, memberships, the audit trail, and the row-level-security rules that
 * keep tenants apart. See docs/security.md for the model; in short:
 * - every tenant-owned table has `tenant_id` in its primary key, row-level security enabled and forced, and a
 *   policy comparing `tenant_id` with `current_setting('app.tenant_id')::uuid` (unset → error, never a match);
 * - the application connects as `mera_app`, which owns nothing and bypasses nothing;
 * - every change to a tenant-owned row is appended to `audit_event`, hash-chained per tenant.
 */
export class Migration20261123000000Foundation extends Migration {
  override name = 'Migration20261123000000Foundation';

  override up(): void {
    // Global data: organisations and people. Readable by the application; changes are audited per tenant.
    this.addSql(`
      create table tenant (
        id uuid primary key,
        kind text not null check (kind in ('provider', 'municipality', 'agency')),
        legal_name text not null check (length(trim(legal_name)) > 0),
        eik varchar(13) not null unique check (eik ~ '^([0-9]{9}|[0-9]{13})$'),
        address text,
        contact_email text,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table app_user (
        id uuid primary key,
        email text not null unique check (email = lower(email)),
        display_name text not null,
        password_hash text not null,
        locale varchar(5) not null default 'bg' check (locale in ('bg', 'en', 'uk')),
        email_verified_at timestamptz,
        is_operator boolean not null default false,
        failed_logins integer not null default 0,
        locked_until timestamptz,
        password_changed_at timestamptz not null default now(),
        created_at timestamptz not null default now()
      )`);

    // Tenant-owned.
    this.addSql(`
      create table membership (
        ${sql.TENANT_KEY}
        user_id uuid not null references app_user (id),
        role text not null check (role in ('admin', 'quality_lead', 'staff', 'inspector', 'viewer')),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, user_id)
      )`);
    this.addSql(`create index membership_user_idx on membership (user_id)`);

    // The audit trail: append-only, one hash chain per tenant.
    this.addSql(`
      create table audit_chain (
        tenant_id uuid primary key references tenant (id),
        last_seq bigint not null default 0,
        last_hash text not null default ''
      )`);
    this.addSql(`
      create table audit_event (
        tenant_id uuid not null references tenant (id),
        seq bigint not null,
        occurred_at timestamptz not null default clock_timestamp(),
        actor_user_id uuid,
        request_id text,
        entity text not null,
        entity_id text not null,
        action text not null check (action in ('insert', 'update', 'delete')),
        before jsonb,
        after jsonb,
        prev_hash text not null,
        hash text not null,
        primary key (tenant_id, seq)
      )`);

    // The bytes a chain link covers: every stored column, in a fixed order and format (the timestamp as
    // microseconds since the epoch, so the session's time zone cannot change the text).
    this.addSql(`
      create function audit_payload(e audit_event) returns text
      language sql stable as $$
        select concat_ws('|', e.tenant_id::text, e.seq::text,
          ((extract(epoch from e.occurred_at) * 1000000)::bigint)::text,
          coalesce(e.actor_user_id::text, ''), coalesce(e.request_id, ''), e.entity, e.entity_id, e.action,
          coalesce(e.before::text, 'null'), coalesce(e.after::text, 'null'), e.prev_hash)
      $$`);

    // Security invoker (the default): it runs with the application's rights and under its row-level security.
    this.addSql(`
      create function audit_row() returns trigger
      language plpgsql as $$
      declare
        actor_tenant uuid := current_setting('app.tenant_id')::uuid;
        chain audit_chain;
        event audit_event;
        row_data jsonb := to_jsonb(coalesce(new, old));
      begin
        insert into audit_chain (tenant_id) values (actor_tenant) on conflict (tenant_id) do nothing;
        -- one writer at a time per chain: the row lock on the chain head orders concurrent transactions
        select * into chain from audit_chain where tenant_id = actor_tenant for update;
        event.tenant_id := actor_tenant;
        event.seq := chain.last_seq + 1;
        event.occurred_at := clock_timestamp();
        event.actor_user_id := nullif(current_setting('app.user_id', true), '')::uuid;
        event.request_id := nullif(current_setting('app.request_id', true), '');
        event.entity := tg_table_name;
        event.entity_id := coalesce(row_data ->> 'id', row_data ->> 'tenant_id', '');
        event.action := lower(tg_op);
        event.before := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
        event.after := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
        event.prev_hash := chain.last_hash;
        event.hash := encode(sha256(convert_to(audit_payload(event), 'UTF8')), 'hex');
        insert into audit_event values (event.*);
        update audit_chain set last_seq = event.seq, last_hash = event.hash where tenant_id = actor_tenant;
        return null;
      end
      $$`);

    this.addSql(`
      create function audit_refuse_change() returns trigger
      language plpgsql as $$
      begin
        raise exception 'the audit trail is append-only: % on audit_event is not allowed', tg_op
          using errcode = 'insufficient_privilege';
      end
      $$`);
    this.addSql(`create trigger audit_event_no_update before update or delete on audit_event
      for each row execute function audit_refuse_change()`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_refuse_change()`);

    this.addSql(sql.auditTrigger('membership'));
    this.addSql(sql.auditTrigger('tenant', { on: 'update' }));

    // Row-level security.
    for (const table of ['membership', 'audit_chain', 'audit_event']) {
      for (const statement of sql.rowLevelSecurity(table)) this.addSql(statement);
      this.addSql(sql.tenantIsolation(table));
    }
    // A person may list their own memberships in every tenant (to choose one after logging in).
    this.addSql(`create policy own_memberships on membership for select
      using (user_id = current_setting('app.user_id')::uuid)`);

    // The tenant directory (names and ЕИК are public register data) is readable; a tenant changes only itself.
    for (const statement of sql.rowLevelSecurity('tenant')) this.addSql(statement);
    this.addSql(`create policy directory on tenant for select using (true)`);
    this.addSql(`create policy register on tenant for insert with check (true)`);
    this.addSql(`create policy own_tenant on tenant for update
      using (id = current_setting('app.tenant_id')::uuid) with check (id = current_setting('app.tenant_id')::uuid)`);

    // The application role: may read and write rows (subject to the policies above), owns nothing, and may
    // never rewrite history.
    this.addSql(`grant usage on schema public to mera_app`);
    this.addSql(sql.grantToApp('select, insert, update', 'tenant'));
    this.addSql(sql.grantToApp('select, insert, update, delete', 'app_user, membership'));
    this.addSql(sql.grantToApp('select, insert, update', 'audit_chain'));
    this.addSql(sql.grantToApp('select, insert', 'audit_event'));
    this.addSql(`revoke update, delete, truncate on audit_event from mera_app`);
    this.addSql(`grant select on mikro_orm_migrations to mera_app`);
  }
}
