import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Services and commissioning contracts (договор за възлагане). A contract is the only way one tenant sees another's
 * rows: while it is active, the municipality may read the provider's service it commissions — nothing else, and
 * only for the contract's period. The provider must accept the contract first.
 */
export class Migration20261123000200Commissioning extends Migration {
  override name = 'Migration20261123000200Commissioning';

  override up(): void {
    this.addSql(`
      create table service (
        ${sql.TENANT_KEY}
        name text not null check (length(trim(name)) > 0),
        -- the service plugin and its variant (e.g. 'rg' / 'children-3-18'), as the registry knows them
        plugin_code text not null,
        variant_key text not null,
        -- when registered as a legacy centre type (transitional § 1), which one
        legacy_centre_type text,
        address text,
        municipality text,
        capacity integer check (capacity >= 0),
        current_users integer check (current_users >= 0),
        financing text check (financing in ('state_delegated', 'municipal', 'own')),
        started_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- optimistic locking: a write names the version it read
        version integer not null default 1,
        primary key (tenant_id, id)
      )`);

    this.addSql(`
      create table commissioning_contract (
        ${sql.TENANT_KEY}
        provider_tenant_id uuid not null references tenant (id),
        service_id uuid not null,
        basis text not null,
        starts_on date not null,
        ends_on date not null,
        status text not null default 'proposed' check (status in ('proposed', 'active', 'declined', 'ended')),
        created_at timestamptz not null default now(),
        decided_at timestamptz,
        primary key (tenant_id, id),
        check (ends_on >= starts_on),
        check (provider_tenant_id <> tenant_id),
        -- the one foreign key that crosses tenants, on purpose: a contract names the provider's service
        foreign key (provider_tenant_id, service_id) references service (tenant_id, id)
      )`);
    this.addSql(
      `create index contract_provider_idx on commissioning_contract (provider_tenant_id, service_id)`,
    );

    // Who may change what: the municipality proposes and may end; only the provider accepts or declines.
    this.addSql(`
      create function contract_guard() returns trigger
      language plpgsql as $$
      declare
        acting uuid := current_setting('app.tenant_id')::uuid;
      begin
        if tg_op = 'INSERT' then
          if new.status <> 'proposed' then
            raise exception 'a contract starts as proposed' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if new.tenant_id <> old.tenant_id or new.provider_tenant_id <> old.provider_tenant_id
           or new.service_id <> old.service_id then
          raise exception 'the parties of a contract cannot change' using errcode = 'check_violation';
        end if;
        if new.status is distinct from old.status then
          if acting = old.provider_tenant_id and old.status = 'proposed' and new.status in ('active', 'declined') then
            return new;
          elsif acting = old.tenant_id and new.status = 'ended' and old.status in ('proposed', 'active') then
            return new;
          end if;
          raise exception 'this party cannot move a contract from % to %', old.status, new.status
            using errcode = 'insufficient_privilege';
        end if;
        if acting <> old.tenant_id or old.status <> 'proposed' then
          raise exception 'only the municipality may edit a proposed contract' using errcode = 'insufficient_privilege';
        end if;
        return new;
      end
      $$`);
    this.addSql(sql.beforeRowTrigger('contract_guard', 'insert or update', 'commissioning_contract'));

    for (const table of ['service', 'commissioning_contract']) {
      for (const statement of sql.rowLevelSecurity(table)) this.addSql(statement);
      this.addSql(sql.auditTrigger(table));
    }
    this.addSql(sql.tenantIsolation('service'));
    // Read-only window for the commissioning municipality while an accepted contract is in force.
    this.addSql(
      `create policy commissioned_read on service for select using (${sql.commissionedBy('service', 'service.id')})`,
    );

    this.addSql(`create policy parties_read on commissioning_contract for select using (
      tenant_id = current_setting('app.tenant_id')::uuid or provider_tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create policy municipality_proposes on commissioning_contract for insert
      with check (tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create policy parties_decide on commissioning_contract for update using (
      tenant_id = current_setting('app.tenant_id')::uuid or provider_tenant_id = current_setting('app.tenant_id')::uuid)`);

    this.addSql(sql.grantToApp('select, insert, update, delete', 'service'));
    this.addSql(sql.grantToApp('select, insert, update', 'commissioning_contract'));
  }
}
