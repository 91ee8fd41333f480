import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Sessions, one-time e-mail links and invitations. Tokens are stored only as SHA-256 hashes: a copy of the
 * database does not let anyone log in or accept an invitation.
 */
export class Migration20261123000100Access extends Migration {
  override name = 'Migration20261123000100Access';

  override up(): void {
    // A login session: refresh tokens rotate within a family; reuse of a spent one revokes the whole family.
    this.addSql(`
      create table refresh_token (
        id uuid primary key,
        family_id uuid not null,
        user_id uuid not null references app_user (id) on delete cascade,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    this.addSql(`create index refresh_token_family_idx on refresh_token (family_id)`);

    this.addSql(`
      create table email_token (
        id uuid primary key,
        user_id uuid not null references app_user (id) on delete cascade,
        purpose text not null check (purpose in ('verify_email', 'reset_password')),
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      )`);

    // Tenant-owned. The link carries the tenant id in clear so the acceptance can set the tenant context
    // before it looks the (hashed) secret up under row-level security.
    this.addSql(`
      create table invitation (
        ${sql.TENANT_KEY}
        email text not null check (email = lower(email)),
        role text not null check (role in ('admin', 'quality_lead', 'staff', 'inspector', 'viewer')),
        token_hash text not null,
        invited_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_by uuid references app_user (id),
        revoked_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, token_hash)
      )`);
    for (const statement of sql.tenantTable('invitation')) this.addSql(statement);

    this.addSql(sql.grantToApp('select, insert, update, delete', 'refresh_token, email_token, invitation'));
  }
}
