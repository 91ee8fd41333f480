import { readFileSync } from 'node:fs';
import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Deadlines and reminders (art. 23–26). The due dates themselves are computed on read from the tenant's data (no
 * table holds them); what is stored is what a person was told:
 *
 * - `notification`: an in-app reminder for one person about one due item, read or unread. The unique key
 *   (tenant, person, item, reminder kind) is what makes the daily job idempotent — a re-run or a restart inserts
 *   nothing twice, so nothing is e-mailed twice. `emailed_at` is the outbox: the e-mail worker sends what is not yet
 *   e-mailed and stamps it.
 * - `calendar_feed`: the secret of a person's iCal feed (global, like refresh tokens; only its SHA-256 is kept).
 * - the `pgboss` schema: pg-boss's job tables (background jobs on PostgreSQL, so a queued reminder survives a
 *   restart). Created here, as the schema owner, from a frozen copy of pg-boss's own construction SQL: the
 *   application role only uses it and owns none of it.
 */
export class Migration20261123000900Deadlines extends Migration {
  override name = 'Migration20261123000900Deadlines';

  override up(): void {
    this.addSql(`
      create table notification (
        ${sql.TENANT_KEY}
        user_id uuid not null references app_user (id) on delete cascade,
        -- the due item's stable key, e.g. 'periodic_check:<service id>:2026-Q1'
        item_key text not null check (length(item_key) between 1 and 300),
        -- 'due_soon': due within 7 days; 'overdue': past its due date and not done
        reminder text not null check (reminder in ('due_soon', 'overdue')),
        kind text not null check (length(kind) between 1 and 50),
        -- the item's title in bg/en/uk as it was when the reminder was made
        title jsonb not null check (jsonb_typeof(title) = 'object'),
        due_on date not null,
        -- a path in the web app, e.g. '/t/<tenant>/assessments'
        link text not null check (link like '/%'),
        created_at timestamptz not null default now(),
        read_at timestamptz,
        emailed_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, user_id, item_key, reminder)
      )`);
    this.addSql(`create index notification_user_idx on notification (tenant_id, user_id, read_at)`);
    this.addSql(`create index notification_outbox_idx on notification (tenant_id) where emailed_at is null`);
    for (const statement of sql.tenantTable('notification')) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'notification'));

    this.addSql(`
      create table calendar_feed (
        user_id uuid primary key references app_user (id) on delete cascade,
        token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz not null default now()
      )`);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'calendar_feed'));

    this.addSql(readFileSync(new URL('./pgboss-v46.sql', import.meta.url), 'utf8'));
    this.addSql(`grant usage on schema pgboss to mera_app`);
    this.addSql(`grant select, insert, update, delete on all tables in schema pgboss to mera_app`);
    this.addSql(`grant usage, select on all sequences in schema pgboss to mera_app`);
    this.addSql(`grant execute on all functions in schema pgboss to mera_app`);
  }
}
