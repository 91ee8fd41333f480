import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantTable } from './sql-helpers.ts';

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
    for (const sql of tenantTable('quality_system')) this.addSql(sql);
    this.addSql(grantToApp('select, insert, update', 'quality_system'));
  }
}
