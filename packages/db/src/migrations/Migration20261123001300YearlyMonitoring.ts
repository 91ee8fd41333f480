import { Migration } from '@mikro-orm/migrations';

/**
 * The mayor's yearly monitoring (art. 35(1) of the Ordinance): the municipality's annual analysis of the quality and
 * effectiveness of the social services it commissions, organised by the seven methods of art. 35(1).
 *
 * A record keeps the figures assembled from what the municipality could read when it was written (`data`, a
 * snapshot: the providers' completed checks, submitted reports and received programmes — row-level security decides
 * what that is, and a contract that ends later would otherwise make last year's figures vanish) and the texts the
 * municipality writes (`sections`). One per calendar year and municipality. Once approved it is a record: the
 * database refuses any change or deletion (like `report_guard`).
 */
export class Migration20261123001300YearlyMonitoring extends Migration {
  override name = 'Migration20261123001300YearlyMonitoring';

  override up(): void {
    this.addSql(`
      create table monitoring_report (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        year integer not null check (year between 2000 and 2100),
        title text not null check (length(trim(title)) between 1 and 300),
        data jsonb not null,
        sections jsonb not null default '{}',
        status text not null default 'draft' check (status in ('draft', 'approved')),
        assembled_at timestamptz not null default now(),
        approved_at timestamptz,
        approved_by uuid references app_user (id),
        created_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        primary key (tenant_id, id),
        unique (tenant_id, year),
        check ((status = 'approved') = (approved_at is not null))
      )`);

    this.addSql(`
      create or replace function monitoring_report_guard() returns trigger language plpgsql as $$
      begin
        if old.status = 'approved' then
          raise exception 'monitoring report % is approved and cannot change', old.id
            using errcode = 'P0001', hint = 'monitoring_report_approved';
        end if;
        return coalesce(new, old);
      end $$`);
    this.addSql(`create trigger monitoring_report_guard before update or delete on monitoring_report
      for each row execute function monitoring_report_guard()`);

    this.addSql(`alter table monitoring_report enable row level security`);
    this.addSql(`alter table monitoring_report force row level security`);
    this.addSql(`create policy tenant_isolation on monitoring_report
      using (tenant_id = current_setting('app.tenant_id')::uuid)
      with check (tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create trigger monitoring_report_audit after insert or update or delete on monitoring_report
      for each row execute function audit_row()`);
    this.addSql(`grant select, insert, update, delete on monitoring_report to mera_app`);
  }
}
