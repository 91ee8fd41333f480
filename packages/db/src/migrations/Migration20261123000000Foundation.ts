import { Migration } from '@mikro-orm/migrations';

/**
 * The foundation: tenants, people and their memberships.
 * Tenant-owned tables carry `tenant_id` in their primary key (see docs/architecture.md → Data).
 */
export class Migration20261123000000Foundation extends Migration {
  override name = 'Migration20261123000000Foundation';

  override up(): void {
    this.addSql(`
      create table tenant (
        id uuid primary key,
        kind text not null check (kind in ('provider', 'municipality', 'agency')),
        legal_name text not null check (length(trim(legal_name)) > 0),
        eik varchar(13) not null unique check (eik ~ '^([0-9]{9}|[0-9]{13})$'),
        address text,
        contact_email text,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table app_user (
        id uuid primary key,
        email text not null unique check (email = lower(email)),
        display_name text not null,
        password_hash text not null,
        locale varchar(5) not null default 'bg',
        email_verified_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table membership (
        tenant_id uuid not null references tenant (id) on delete cascade,
        id uuid not null,
        user_id uuid not null references app_user (id) on delete cascade,
        role text not null check (role in ('admin', 'quality_lead', 'staff', 'inspector', 'viewer')),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, user_id)
      )`);
    this.addSql(`create index membership_user_idx on membership (user_id)`);
  }

  override down(): void {
    this.addSql('drop table membership');
    this.addSql('drop table app_user');
    this.addSql('drop table tenant');
  }
}
