import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/** What happened that a person hears about (issue 14): the kinds a notice can be, and a person can opt out of. */
const EVENTS = `('contract_proposed', 'inspection_ordered', 'inspection_signed', 'report_received',
  'programme_received', 'programme_decided', 'comment_written')`;

/** The columns of `notice_preference` the application updates (its upsert); grants.test.ts pins them. */
export const NOTICE_UPDATABLE: Record<string, string[]> = {
  notice_preference: ['in_app', 'email', 'updated_at'],
};

/**
 * Notices of what others did (issue 14): a contract proposed, an inspection ordered or its report signed, a report
 * or programme received or decided, a comment written. They are rows of the same `notification` table as the
 * deadline reminders — one bell, one "read" — told apart by `event` (a notice) or `reminder` (a reminder):
 *
 * - `event`: what happened; `actor_name`: who did it (an organisation's name, kept as it was); `title`: what it is
 *   about; `target_type`/`target_id`: the record, which the web app links (contracts and reports join programmes and
 *   inspections); `due_on` only for reminders.
 * - `email`: whether the person wants this one by e-mail (their preference when it was made); the outbox is
 *   `email and emailed_at is null`.
 *
 * `notice_preference`: a person's opt-out per kind in one organisation, in the app and by e-mail; no row means both
 * on. Forced row-level security like every tenant table; the person is checked by the service (only their own rows).
 */
export class Migration20261208400000Notices extends Migration {
  override name = 'Migration20261208400000Notices';

  override up(): void {
    this.addSql(`alter table notification
      alter column reminder drop not null,
      alter column due_on drop not null,
      add column event text check (event in ${EVENTS}),
      add column actor_name text check (length(actor_name) <= 300),
      add column email boolean not null default true`);
    this.addSql(`alter table notification add constraint notification_notice_check
      check ((event is null) = (reminder is not null) and (event is not null or due_on is not null))`);
    this.addSql(`alter table notification drop constraint notification_target_check`);
    this.addSql(`alter table notification add constraint notification_target_check
      check ((target_type is null) = (target_id is null)
             and (target_type is null or target_type in ('programme', 'inspection', 'contract', 'report')))`);
    this.addSql(`create index notification_notice_idx on notification (tenant_id, user_id, created_at)
      where event is not null`);

    this.addSql(`
      create table notice_preference (
        tenant_id uuid not null references tenant (id),
        user_id uuid not null references app_user (id) on delete cascade,
        event text not null check (event in ${EVENTS}),
        in_app boolean not null default true,
        email boolean not null default true,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, user_id, event)
      )`);
    for (const statement of sql.tenantTable('notice_preference')) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, delete', 'notice_preference'));
    for (const statement of sql.grantColumnUpdates(NOTICE_UPDATABLE)) this.addSql(statement);
  }
}
