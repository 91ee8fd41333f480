import { Migration } from '@mikro-orm/migrations';

/**
 * A reminder says what it is about, not where the web app shows it: `service_id` is the service it concerns, and
 * `target_type`/`target_id` the one record (a programme, an inspection); the web app decides the link (issue 13).
 * Existing reminders keep both, read from the path they stored.
 */
export class Migration20261207500000NotificationTarget extends Migration {
  override name = 'Migration20261207500000NotificationTarget';

  override up(): void {
    this.addSql(
      `alter table notification add column service_id uuid, add column target_type text, add column target_id text`,
    );
    // Backfilled tenant by tenant, as the audit trigger wants (it records each change under its tenant); the owner
    // reads across tenants only while row-level security is not forced, inside this migration's transaction.
    this.addSql(`alter table notification no force row level security`);
    this.addSql(`do $$
      declare t uuid;
      begin
        for t in select distinct tenant_id from notification loop
          perform set_config('app.tenant_id', t::text, true);
          update notification set
            service_id = case when link ~ '/staff/[0-9a-f-]{36}$'
                              then substring(link from '/staff/([0-9a-f-]{36})$')::uuid end,
            target_type = case when link ~ '/programme/[^/]+$' then 'programme'
                               when link ~ '/inspections/[^/]+$' then 'inspection' end,
            target_id = substring(link from '/(?:programme|inspections)/([^/]+)$')
          where tenant_id = t;
        end loop;
      end $$`);
    this.addSql(`alter table notification force row level security`);
    this.addSql(`alter table notification drop column link`);
    this.addSql(`alter table notification add constraint notification_target_check
      check ((target_type is null) = (target_id is null)
             and (target_type is null or target_type in ('programme', 'inspection')))`);
  }
}
