import { Migration } from '@mikro-orm/migrations';

/**
 * The provider's quality-system document (Система за управление на качеството, in the shape of a real NGO's: goals,
 * how the requirements are applied, the target group, structure and staff, procedures, staff development, work with
 * users). Most of it is generated from the tenant's own records; the parts only the provider can write — goals,
 * mission, target group, how it works with users — are kept here, one row per tenant.
 */
export class Migration20261123000850QualitySystem extends Migration {
  override name = 'Migration20261123000850QualitySystem';

  override up(): void {
    this.addSql(`
      create table quality_system (
        tenant_id uuid not null references tenant (id),
        id uuid not null,
        texts jsonb not null default '{}',
        updated_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        primary key (tenant_id, id),
        unique (tenant_id)
      )`);
    this.addSql(`alter table quality_system enable row level security`);
    this.addSql(`alter table quality_system force row level security`);
    this.addSql(`create policy tenant_isolation on quality_system
      using (tenant_id = current_setting('app.tenant_id')::uuid)
      with check (tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create trigger quality_system_audit after insert or update or delete on quality_system
      for each row execute function audit_row()`);
    this.addSql(`grant select, insert, update on quality_system to mera_app`);
  }
}
