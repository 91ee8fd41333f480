import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: a municipality's read of a commissioned check's results, checked by index lookups through the parent.
 *
 * The results' `commissioned_read` repeated the parent's rule — the check completed *and* a contract in force — inside
 * a sub-plan run for every result row: the check by its key, then (the check's own policy applying inside the
 * sub-query) the contract, then the contract again. A result is now readable when its check is: the sub-query reads
 * `assessment` under *its* row-level security (`tenant_isolation` or `commissioned_read`), so who may read a check is
 * written once, on the parent, and each result row costs the parent's key lookup and the parent's one contract lookup
 * (EXPLAIN: `Index Scan using assessment_pkey` → `Index Scan using contract_provider_idx`, no third lookup).
 *
 * An answers table reuses it through its parent id: `exists (select 1 from <parent> p where p.tenant_id =
 * <answers>.tenant_id and p.id = <answers>.<parent>_id and p.status = 'completed')`.
 *
 * The inspections' parts (inspectors, findings, attachments, prescriptions) follow the same rule: readable by the inspected
 * provider and the agency it was forwarded to when their inspection is — the parent's `inspected_read` and
 * `forwarded_read`, written once — instead of repeating those conditions in each part's policy. (Each part's row
 * still costs one key lookup of its inspection; the parts of the municipality's own inspections are its own rows.)
 */
export class Migration20261208200000CommissionedReadByParent extends Migration {
  override name = 'Migration20261208200000CommissionedReadByParent';

  override up(): void {
    this.addSql(`drop policy commissioned_read on assessment_result`);
    this.addSql(`create policy commissioned_read on assessment_result for select using (exists (
      select 1 from assessment a
      where a.tenant_id = assessment_result.tenant_id and a.id = assessment_result.assessment_id
        and a.status = 'completed'))`);
    for (const table of [
      'inspection_inspector',
      'inspection_finding',
      'inspection_attachment',
      'inspection_prescription',
    ]) {
      this.addSql(`drop policy recipients_read on ${table}`);
      this.addSql(`create policy recipients_read on ${table} for select using (exists (
        select 1 from inspection i where i.tenant_id = ${table}.tenant_id and i.id = ${table}.inspection_id))`);
    }
  }
}
