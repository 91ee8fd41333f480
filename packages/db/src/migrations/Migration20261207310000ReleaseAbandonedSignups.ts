import { Migration } from '@mikro-orm/migrations';

/**
 * An abandoned sign-up gives up its address and its organisation (issue 12.10) — through two functions of the owner,
 * because the application's role may not change a person's e-mail or a tenant's name (issue 12.9's column grants):
 * an injection anywhere could otherwise point someone's account at a new address and reset its password. Each
 * function checks the only case it serves — an unverified sign-up older than a day — so calling it for any other
 * account or organisation changes nothing.
 */
export class Migration20261207310000ReleaseAbandonedSignups extends Migration {
  override name = 'Migration20261207310000ReleaseAbandonedSignups';

  override up(): void {
    this.addSql(`
      create function release_abandoned_address(p_user uuid) returns boolean
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      begin
        update app_user set email = 'released-' || id::text || '@invalid'
         where id = p_user and email_verified_at is null and created_at < now() - interval '24 hours';
        return found;
      end $$`);
    this.addSql(`revoke all on function release_abandoned_address(uuid) from public`);
    this.addSql(`grant execute on function release_abandoned_address(uuid) to mera_app`);

    // Row-level security still applies inside (forced for the owner too): the caller has switched to the tenant.
    this.addSql(`
      create function reclaim_abandoned_tenant(p_tenant uuid, p_legal_name text, p_address text, p_contact_email text)
      returns boolean
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      begin
        if not exists (select 1 from tenant where id = p_tenant and kind = 'provider') then return false; end if;
        if not exists (select 1 from membership where tenant_id = p_tenant) then return false; end if;
        if exists (
          select 1 from membership m join app_user u on u.id = m.user_id
           where m.tenant_id = p_tenant
             and (u.email_verified_at is not null or u.created_at >= now() - interval '24 hours')
        ) then return false; end if;
        delete from membership where tenant_id = p_tenant;
        update tenant set legal_name = p_legal_name, address = p_address, contact_email = p_contact_email
         where id = p_tenant;
        return true;
      end $$`);
    this.addSql(`revoke all on function reclaim_abandoned_tenant(uuid, text, text, text) from public`);
    this.addSql(`grant execute on function reclaim_abandoned_tenant(uuid, text, text, text) to mera_app`);
  }
}
