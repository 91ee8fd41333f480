import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

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
        ${sql.TENANT_KEY}
        year integer not null check (year between 2000 and 2100),
        ${sql.assembledReport('approved')}
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        unique (tenant_id, year),
        check ((status = 'approved') = (approved_at is not null))
      )`);

    const final = { finalStatus: 'approved', noun: 'monitoring report', hint: 'monitoring_report_approved' };
    for (const statement of sql.finalOnce('monitoring_report', final)) this.addSql(statement);

    for (const statement of sql.tenantTable('monitoring_report')) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'monitoring_report'));
  }
}
