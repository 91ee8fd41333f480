import { Migration } from '@mikro-orm/migrations';

/**
 * A municipality proposes a contract naming the provider (found by its ЕИК in the public tenant directory) and
 * describing the service as its own papers do; it cannot see the provider's services before the provider consents.
 * The provider, accepting, says which of its registered services the contract is for. Only then does the
 * `commissioned_read` window open — so no service of a provider is ever visible to a municipality it has not
 * accepted a contract from.
 */
export class Migration20261123001100ContractService extends Migration {
  override name = 'Migration20261123001100ContractService';

  override up(): void {
    this.addSql(`alter table commissioning_contract alter column service_id drop not null`);
    this.addSql(`alter table commissioning_contract add column service_description text
      check (service_description is null or length(trim(service_description)) > 0)`);
    this.addSql(`alter table commissioning_contract add constraint contract_active_names_service
      check (status <> 'active' or service_id is not null)`);
    this.addSql(`
      create or replace function contract_guard() returns trigger
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
        if new.tenant_id <> old.tenant_id or new.provider_tenant_id <> old.provider_tenant_id then
          raise exception 'the parties of a contract cannot change' using errcode = 'check_violation';
        end if;
        if new.service_id is distinct from old.service_id then
          -- The service is named once: by the municipality when it proposes, or by the provider as it accepts.
          if not (old.service_id is null and acting = old.provider_tenant_id and old.status = 'proposed'
                  and new.status = 'active') then
            raise exception 'the service of a contract cannot change' using errcode = 'check_violation';
          end if;
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
  }
}
