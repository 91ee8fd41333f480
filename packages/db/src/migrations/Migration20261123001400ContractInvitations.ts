import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Three things a municipality needs around its contracts (issue 6):
 *
 * - **Funding** of a commissioning contract, as the Social Services Act finances commissioned services: an activity
 *   delegated by the state, a municipal activity, or both (art. 49–50 ЗСУ) — and the yearly amount in euro.
 * - **Provider invitations**: a contract proposed to a provider that is not on Mera yet waits as an invitation
 *   (owned by the municipality) with the contract's fields and a link token stored only as a SHA-256 hash. When the
 *   provider signs up through the link with the same ЕИК, the contract is proposed to it in the same transaction.
 * - **Comments on received documents** (art. 16(2), 20(2)): the municipality's notes on a provider's submitted report
 *   or programme — append-only, readable by the municipality and by the provider whose document it is, and
 *   insertable only on a document the municipality can read (a restrictive policy re-checks it through the
 *   documents' own row-level security).
 */
export class Migration20261123001400ContractInvitations extends Migration {
  override name = 'Migration20261123001400ContractInvitations';

  override up(): void {
    this.addSql(`alter table commissioning_contract
      add column funding text check (funding in ('state_delegated', 'municipal', 'mixed')),
      add column yearly_amount_eur numeric(12, 2) check (yearly_amount_eur >= 0)`);

    this.addSql(`
      create table provider_invitation (
        ${sql.TENANT_KEY}
        eik text not null check (eik ~ '^[0-9]{9}([0-9]{4})?$'),
        email text not null check (length(trim(email)) > 2),
        service_description text not null check (length(trim(service_description)) > 0),
        basis text not null check (length(trim(basis)) > 0),
        starts_on date not null,
        ends_on date not null,
        funding text check (funding in ('state_delegated', 'municipal', 'mixed')),
        yearly_amount_eur numeric(12, 2) check (yearly_amount_eur >= 0),
        token_hash text not null,
        expires_at timestamptz not null,
        status text not null default 'pending' check (status in ('pending', 'used', 'cancelled')),
        invited_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        sent_at timestamptz not null default now(),
        used_at timestamptz,
        provider_tenant_id uuid references tenant (id),
        contract_id uuid,
        version integer not null default 1,
        primary key (tenant_id, id),
        unique (tenant_id, token_hash),
        check (ends_on >= starts_on),
        check ((status = 'used') = (contract_id is not null)),
        foreign key (tenant_id, contract_id) references commissioning_contract (tenant_id, id)
      )`);
    this.addSql(`create index provider_invitation_eik_idx on provider_invitation (tenant_id, eik)`);

    this.addSql(`
      create table received_comment (
        ${sql.TENANT_KEY}
        target_kind text not null check (target_kind in ('report', 'programme')),
        target_tenant_id uuid not null references tenant (id),
        target_id uuid not null,
        body text not null check (length(trim(body)) between 1 and 4000),
        author_id uuid references app_user (id),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check (target_tenant_id <> tenant_id)
      )`);
    this.addSql(
      `create index received_comment_target_idx on received_comment (target_tenant_id, target_kind, target_id)`,
    );

    for (const table of ['provider_invitation', 'received_comment'])
      for (const statement of sql.tenantTable(table)) this.addSql(statement);
    // The provider reads the comments on its own documents — nobody else's, and writes none.
    this.addSql(`create policy target_reads on received_comment for select
      using (target_tenant_id = current_setting('app.tenant_id')::uuid)`);
    // A comment only on a document the commenting municipality can read now, through that table's own policies.
    this.addSql(`create policy target_visible on received_comment as restrictive for insert with check (
      case target_kind
        when 'report' then exists (
          select 1 from report r where r.tenant_id = received_comment.target_tenant_id
            and r.id = received_comment.target_id and r.status = 'submitted')
        when 'programme' then exists (
          select 1 from quality_programme p where p.tenant_id = received_comment.target_tenant_id
            and p.id = received_comment.target_id
            and p.municipality_tenant_id = current_setting('app.tenant_id')::uuid and p.status <> 'draft')
        else false
      end)`);

    this.addSql(sql.grantToApp('select, insert, update', 'provider_invitation'));
    this.addSql(sql.grantToApp('select, insert', 'received_comment'));
  }
}
