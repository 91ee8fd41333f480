import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: two reads of checks by index alone.
 *
 * - **A check by its id alone.** The check's page (`GET /tenants/:tenantId/assessments/:id`) reads the row by id
 *   without the tenant, because a municipality reads a commissioned service's completed check under the provider's
 *   tenant (row-level security decides). The primary key `(tenant_id, id)` cannot answer that directly: PostgreSQL 18
 *   skip-scans it, one search per tenant in the index (EXPLAIN at national scale: 21 index searches, ≈ 520 buffers;
 *   after: one search, 3 buffers).
 * - **Each service's latest completed check** (the oversight dashboard, art. 36): ordered by completion within a
 *   service and only over completed checks, so the dashboard reads one row per service and row-level security checks
 *   one row per service, not every check of its history (100 services × 10 checks: 3,349 buffers → 700).
 */
export class Migration20261209100000CheckLookups extends Migration {
  override name = 'Migration20261209100000CheckLookups';

  override up(): void {
    this.addSql(`create index assessment_id_idx on assessment (id)`);
    this.addSql(
      `create index assessment_latest_completed_idx on assessment (tenant_id, service_id, completed_at desc)
         where status = 'completed'`,
    );
  }
}
