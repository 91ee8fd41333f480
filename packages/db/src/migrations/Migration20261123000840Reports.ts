import { Migration } from '@mikro-orm/migrations';

/**
 * The provider's reports: the semi-annual analysis of the information the methods of art. 24(1) gathered (art. 25(1),
 * at least every six months, given to the municipality when the service is commissioned) and the annual report
 * (art. 26(1): the analyses' results and what the quality programme achieved in the calendar year).
 *
 * A report keeps the figures assembled from the period's records (`data`, a snapshot: a later change of a check does
 * not rewrite a report already written) and the texts the provider edits (`sections`). Once submitted it is a
 * record: the database refuses any change or deletion. The commissioning municipality reads the submitted reports of
 * the service it commissions (art. 25(1), 27–29).
 */
export class Migration20261123000840Reports extends Migration {
  override name = 'Migration20261123000840Reports';

  override up(): void {
    this.addSql(`
      create table report (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        kind text not null check (kind in ('semi_annual_analysis', 'annual_report')),
        -- null: all the provider's services
        service_id uuid,
        period_start date not null,
        period_end date not null,
        title text not null check (length(trim(title)) between 1 and 300),
        data jsonb not null,
        sections jsonb not null default '{}',
        status text not null default 'draft' check (status in ('draft', 'submitted')),
        assembled_at timestamptz not null default now(),
        submitted_at timestamptz,
        submitted_by uuid references app_user (id),
        created_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        primary key (tenant_id, id),
        check (period_end >= period_start),
        check ((status = 'submitted') = (submitted_at is not null)),
        foreign key (tenant_id, service_id) references service (tenant_id, id)
      )`);
    this.addSql(`create index report_period_idx on report (tenant_id, kind, period_start)`);

    this.addSql(`
      create or replace function report_guard() returns trigger language plpgsql as $$
      begin
        if old.status = 'submitted' then
          raise exception 'report % is submitted and cannot change', old.id
            using errcode = 'P0001', hint = 'report_submitted';
        end if;
        return coalesce(new, old);
      end $$`);
    this.addSql(`create trigger report_guard before update or delete on report
      for each row execute function report_guard()`);

    this.addSql(`alter table report enable row level security`);
    this.addSql(`alter table report force row level security`);
    this.addSql(`create policy tenant_isolation on report
      using (tenant_id = current_setting('app.tenant_id')::uuid)
      with check (tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create trigger report_audit after insert or update or delete on report
      for each row execute function audit_row()`);
    this.addSql(`create policy commissioned_read on report for select
      using (status = 'submitted' and exists (
        select 1 from commissioning_contract c
        where c.tenant_id = current_setting('app.tenant_id')::uuid
          and c.provider_tenant_id = report.tenant_id and c.service_id = report.service_id
          and c.status = 'active' and current_date between c.starts_on and c.ends_on))`);
    this.addSql(`grant select, insert, update, delete on report to mera_app`);
  }
}
