import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

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
        ${sql.TENANT_KEY}
        texts jsonb not null default '{}',
        updated_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        unique (tenant_id)
      )`);
    for (const statement of sql.tenantTable('quality_system')) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, update', 'quality_system'));
  }
}
