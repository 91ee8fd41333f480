import { Migration } from '@mikro-orm/migrations';

/**
 * The municipality's side of a quality programme's agreement (art. 16(2), 20(2)): the mayor who commissioned the
 * service reads a programme once it is submitted to them — and its measures — and agrees it or asks for changes.
 * Row-level security opens exactly that: programmes naming this municipality that are not drafts, and an update only
 * while one is submitted. The guard of the programme migration already lets the municipality change nothing but
 * the decision.
 */
export class Migration20261123001110ProgrammeAgreement extends Migration {
  override name = 'Migration20261123001110ProgrammeAgreement';

  override up(): void {
    this.addSql(`create policy municipality_reads on quality_programme for select using (
      municipality_tenant_id = current_setting('app.tenant_id')::uuid and status <> 'draft')`);
    this.addSql(`create policy municipality_decides on quality_programme for update
      using (municipality_tenant_id = current_setting('app.tenant_id')::uuid and status = 'submitted')
      with check (municipality_tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create policy municipality_reads on quality_programme_measure for select using (exists (
      select 1 from quality_programme p
      where p.tenant_id = quality_programme_measure.tenant_id and p.id = quality_programme_measure.programme_id
        and p.municipality_tenant_id = current_setting('app.tenant_id')::uuid and p.status <> 'draft'))`);
  }
}
