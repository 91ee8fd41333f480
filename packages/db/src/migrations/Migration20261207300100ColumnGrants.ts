import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Least privilege for the application role (issue 12.9): `mera_app` may UPDATE only the columns the application
 * updates. Before, it could update every column of 29 tables — `tenant.kind` (a provider turning itself into a
 * municipality) and `app_user.is_operator` (anyone an operator) among them — so one SQL injection anywhere was a
 * privilege escalation.
 *
 * The lists come from the code: every `update … set` the API's SQL writes (static), every UPDATE the ORM issued in
 * the whole API test suite (recorded at the connection), and the fields each ORM update assigns (`em.assign`, the
 * routes' PATCH schemas). Never updatable by the application: keys (`tenant_id`, `id`, the parent ids), who
 * created a row and when, a tenant's kind, ЕИК, name and contact (no route changes them), a person's e-mail and
 * operator flag (`grant-operator` runs as the owner), what an invitation or a token was issued for, and every
 * column of `tenant`, `inspection_attachment` — and of the tables that never had UPDATE (audit trail, files,
 * answers, …).
 *
 * A new column the application must update needs a `grant update (column) on table to mera_app` in its migration;
 * `packages/db/src/grants.test.ts` pins these lists so that a change is deliberate.
 */
export const UPDATABLE: Record<string, string[]> = {
  app_user: [
    'display_name',
    'locale',
    'email_verified_at',
    'failed_logins',
    'locked_until',
    'password_hash',
    'password_changed_at',
  ],
  assessment: [
    'title',
    'planned_on',
    'started_on',
    'scope_criteria',
    'methods',
    'status',
    'conclusions',
    'completed_at',
    'completed_by',
    'updated_at',
    'version',
  ],
  assessment_result: ['result', 'note', 'updated_by', 'updated_at', 'version'],
  calendar_feed: ['token_hash', 'created_at'],
  commissioning_contract: ['service_id', 'status', 'decided_at'],
  email_token: ['used_at'],
  inspection: [
    'order_number',
    'order_date',
    'basis',
    'place',
    'starts_on',
    'ends_on',
    'report_due_on',
    'completed_on',
    'provider_present',
    'users_asked',
    'users_consented',
    'consent_note',
    'facts',
    'other_violations',
    'conclusions',
    'status',
    'signed_at',
    'mayor_received_on',
    'forwarded_at',
    'forwarded_to_tenant_id',
    'forward_letter_number',
    'updated_at',
    'version',
  ],
  inspection_finding: ['result', 'note', 'updated_by', 'updated_at', 'version'],
  inspection_inspector: ['signed_at'],
  inspection_prescription: ['done_on'],
  invitation: ['accepted_at', 'accepted_by', 'revoked_at'],
  meeting: [
    'service_id',
    'kind',
    'held_on',
    'participants_count',
    'participants',
    'topics',
    'conclusions',
    'updated_at',
    'version',
  ],
  membership: ['role'],
  monitoring_report: [
    'title',
    'sections',
    'data',
    'assembled_at',
    'status',
    'approved_at',
    'approved_by',
    'updated_at',
    'version',
  ],
  notification: ['read_at', 'emailed_at'],
  provider_invitation: [
    'status',
    'used_at',
    'provider_tenant_id',
    'contract_id',
    'token_hash',
    'expires_at',
    'sent_at',
    'version',
  ],
  quality_document: [
    'kind',
    'title',
    'service_id',
    'version_label',
    'approved_on',
    'next_review_on',
    'file_id',
    'sources',
    'note',
    'updated_at',
    'version',
  ],
  quality_programme: [
    'title',
    'service_id',
    'period_start',
    'period_end',
    'status',
    'municipality_tenant_id',
    'contract_id',
    'submitted_at',
    'submitted_by',
    'decided_at',
    'decided_by',
    'decision_note',
    'updated_at',
    'version',
  ],
  quality_programme_measure: [
    'category',
    'title',
    'description',
    'finding',
    'indicator_id',
    'recommendation_id',
    'responsible_user_id',
    'deadline',
    'status',
    'progress_note',
    'completed_on',
    'updated_at',
    'version',
  ],
  quality_programme_review: [
    'reviewed_on',
    'participants',
    'users_consulted',
    'conclusions',
    'updated_at',
    'version',
  ],
  quality_system: ['texts', 'updated_by', 'updated_at', 'version'],
  refresh_token: ['used_at', 'revoked_at'],
  report: [
    'title',
    'sections',
    'data',
    'assembled_at',
    'status',
    'submitted_at',
    'submitted_by',
    'updated_at',
    'version',
  ],
  service: [
    'name',
    'plugin_code',
    'variant_key',
    'legacy_centre_type',
    'address',
    'municipality',
    'capacity',
    'current_users',
    'financing',
    'started_on',
    'updated_at',
    'version',
  ],
  staff_member: [
    'position_id',
    'full_name',
    'employment_type',
    'fte',
    'started_on',
    'ended_on',
    'qualification',
    'new_to_social_services',
    'updated_at',
    'version',
  ],
  staff_position: ['title', 'category', 'planned_fte', 'updated_at', 'version'],
  survey: ['status', 'closed_at', 'daily_cap', 'token', 'token_rotated_at', 'updated_at', 'version'],
};

/** Tables the application had UPDATE on and never updates. */
const NEVER_UPDATED = ['tenant', 'inspection_attachment'];

export class Migration20261207300100ColumnGrants extends Migration {
  override name = 'Migration20261207300100ColumnGrants';

  override up(): void {
    for (const table of [...Object.keys(UPDATABLE), ...NEVER_UPDATED])
      this.addSql(`revoke update on ${table} from mera_app`);
    for (const statement of sql.grantColumnUpdates(UPDATABLE)) this.addSql(statement);
  }
}
