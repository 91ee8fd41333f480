import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

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
        ${sql.TENANT_KEY}
        kind text not null check (kind in ('semi_annual_analysis', 'annual_report')),
        -- null: all the provider's services
        service_id uuid,
        period_start date not null,
        period_end date not null,
        ${sql.assembledReport('submitted')}
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check (period_end >= period_start),
        check ((status = 'submitted') = (submitted_at is not null)),
        ${sql.OF_SERVICE}
      )`);
    this.addSql(`create index report_period_idx on report (tenant_id, kind, period_start)`);

    for (const statement of sql.finalOnce('report', {
      finalStatus: 'submitted',
      noun: 'report',
      hint: 'report_submitted',
    }))
      this.addSql(statement);

    for (const statement of sql.tenantTable('report')) this.addSql(statement);
    this.addSql(`create policy commissioned_read on report for select
      using (status = 'submitted' and ${sql.commissionedBy('report')})`);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'report'));
  }
}
