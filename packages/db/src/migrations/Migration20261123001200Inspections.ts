import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Inspections by the municipality (art. 30–34). The mayor's order (art. 31) names the basis, kind and scope, the
 * inspectors, the provider, the place and the deadlines; the inspectors record findings per indicator of the
 * provider's service on site, with photos and documents (art. 33(3)) and whether users were asked with their consent
 * (art. 32(3)); the report (art. 33(1)–(2)) is signed by every inspector and is then delivered to the mayor and the
 * provider (art. 33(4)). A report with non-conformities is forwarded to the agency within three days (art. 34).
 *
 * The inspection belongs to the municipality's tenant. From the first signature on, its findings, attachments and
 * texts are frozen by the database: only the delivery and forwarding facts may still be recorded. Corrections are new
 * inspections linked by `corrects_id`. The provider reads its signed reports; an agency tenant reads what was
 * forwarded to it. Nothing else crosses tenants.
 */
export class Migration20261123001200Inspections extends Migration {
  override name = 'Migration20261123001200Inspections';

  override up(): void {
    this.addSql(`
      create table inspection (
        ${sql.TENANT_KEY}
        provider_tenant_id uuid not null references tenant (id),
        service_id uuid not null,
        contract_id uuid not null,
        -- what the order said, kept as written: the agency reads it without access to the provider's service
        service_name text not null,
        provider_name text not null,
        kind text not null check (kind in ('periodic', 'extraordinary')),
        -- art. 30(2): periodic by plan or on identified need; art. 30(3): extraordinary on a complaint or on the
        -- municipality's own initiative
        reason text not null check (reason in ('plan', 'need', 'complaint', 'own_initiative')),
        order_number text not null check (length(trim(order_number)) between 1 and 60),
        order_date date not null,
        basis text not null check (length(trim(basis)) between 1 and 2000),
        catalogue_version_id uuid not null references catalogue_version (id),
        scope_criteria text[] check (scope_criteria is null or cardinality(scope_criteria) > 0),
        place text not null check (length(trim(place)) between 1 and 500),
        starts_on date not null,
        ends_on date not null,
        report_due_on date not null,
        status text not null default 'ordered'
          check (status in ('ordered', 'in_progress', 'signing', 'signed')),
        -- the day the on-site work ended: the report is due within 10 days of it (art. 33(1))
        completed_on date,
        -- art. 32(1): the provider's employee present, by position (no name needed)
        provider_present text check (provider_present is null or length(trim(provider_present)) between 1 and 300),
        -- art. 32(3): users were asked directly only with their consent; how many, never who
        users_asked boolean not null default false,
        users_consented integer check (users_consented is null or users_consented >= 0),
        consent_note text check (consent_note is null or length(trim(consent_note)) between 1 and 2000),
        facts text check (facts is null or length(trim(facts)) between 1 and 20000),
        other_violations text check (other_violations is null or length(trim(other_violations)) between 1 and 20000),
        conclusions text check (conclusions is null or length(trim(conclusions)) between 1 and 20000),
        signed_at timestamptz,
        mayor_received_on date,
        forwarded_at timestamptz,
        forwarded_to_tenant_id uuid references tenant (id),
        forward_letter_number text check (forward_letter_number is null or length(trim(forward_letter_number)) between 1 and 60),
        corrects_id uuid,
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check (ends_on >= starts_on),
        check (starts_on >= order_date),
        check (report_due_on >= ends_on and report_due_on <= ends_on + 10),
        check (kind = 'periodic' and reason in ('plan', 'need') or kind = 'extraordinary' and reason in ('complaint', 'own_initiative')),
        check ((status = 'signed') = (signed_at is not null)),
        check (status = 'signed' or mayor_received_on is null),
        check (forwarded_at is null or status = 'signed'),
        check (users_asked or users_consented is null),
        check (provider_tenant_id <> tenant_id),
        foreign key (tenant_id, contract_id) references commissioning_contract (tenant_id, id),
        foreign key (tenant_id, corrects_id) references inspection (tenant_id, id)
      )`);
    this.addSql(`create index inspection_service_idx on inspection (tenant_id, service_id, status)`);
    this.addSql(`create index inspection_provider_idx on inspection (provider_tenant_id, status)`);
    this.addSql(`create index inspection_forwarded_idx on inspection (forwarded_to_tenant_id)`);

    this.addSql(`
      create table inspection_inspector (
        tenant_id uuid not null references tenant (id),
        inspection_id uuid not null,
        user_id uuid not null references app_user (id),
        -- as the order names them (officials sign with their names: art. 33(2))
        name text not null check (length(trim(name)) between 1 and 200),
        position text check (position is null or length(trim(position)) between 1 and 200),
        signed_at timestamptz,
        primary key (tenant_id, inspection_id, user_id),
        foreign key (tenant_id, inspection_id) references inspection (tenant_id, id) on delete cascade
      )`);

    this.addSql(`
      create table inspection_finding (
        tenant_id uuid not null references tenant (id),
        inspection_id uuid not null,
        item_id text not null,
        result text check (result in ('met', 'partly_met', 'not_met', 'not_applicable')),
        note text check (note is null or length(trim(note)) between 1 and 5000),
        updated_by uuid references app_user (id),
        ${sql.VERSIONED}
        primary key (tenant_id, inspection_id, item_id),
        foreign key (tenant_id, inspection_id) references inspection (tenant_id, id) on delete cascade
      )`);

    this.addSql(`
      create table inspection_attachment (
        ${sql.TENANT_KEY}
        inspection_id uuid not null,
        item_id text,
        file_id uuid not null,
        description text check (description is null or length(trim(description)) between 1 and 1000),
        ${sql.AUTHORED}
        primary key (tenant_id, id),
        foreign key (tenant_id, inspection_id) references inspection (tenant_id, id) on delete cascade,
        foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
      )`);

    this.addSql(`
      create table inspection_prescription (
        ${sql.TENANT_KEY}
        inspection_id uuid not null,
        item_id text,
        text text not null check (length(trim(text)) between 1 and 2000),
        due_on date not null,
        -- recorded later, when the municipality sees the prescription fulfilled
        done_on date,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, inspection_id) references inspection (tenant_id, id) on delete cascade
      )`);

    // The inspection itself: once signing has begun, only the delivery and forwarding facts may be recorded, once.
    this.addSql(`
      create or replace function inspection_guard() returns trigger language plpgsql as $$
      declare
        facts text[] := array['status', 'signed_at', 'mayor_received_on', 'forwarded_at', 'forwarded_to_tenant_id',
                              'forward_letter_number', 'version', 'updated_at'];
      begin
        if old.status not in ('signing', 'signed') then
          return coalesce(new, old);
        end if;
        if tg_op = 'DELETE' then
          raise exception 'inspection % is signed and cannot be deleted', old.id
            using errcode = 'P0001', hint = 'inspection_signed';
        end if;
        if (to_jsonb(new) - facts) is distinct from (to_jsonb(old) - facts)
           or (old.status = 'signed' and new.status <> 'signed')
           or (old.status = 'signing' and new.status not in ('signing', 'signed'))
           or (old.mayor_received_on is not null and new.mayor_received_on is distinct from old.mayor_received_on)
           or (old.forwarded_at is not null and (new.forwarded_at, new.forwarded_to_tenant_id, new.forward_letter_number)
                 is distinct from (old.forwarded_at, old.forwarded_to_tenant_id, old.forward_letter_number)) then
          raise exception 'inspection % is signed; its report cannot change', old.id
            using errcode = 'P0001', hint = 'inspection_signed';
        end if;
        return new;
      end $$`);
    this.addSql(sql.beforeRowTrigger('inspection_guard', 'update or delete', 'inspection'));

    // The parts of a report (findings, attachments, prescriptions, inspectors) follow their inspection's status.
    const readParentStatus = `declare
        parent_status text;
      begin
        select status into parent_status from inspection
          where tenant_id = coalesce(new.tenant_id, old.tenant_id) and id = coalesce(new.inspection_id, old.inspection_id);`;
    // Findings, attachments and prescriptions freeze with the report. A prescription may still be marked fulfilled.
    this.addSql(`
      create or replace function inspection_content_frozen() returns trigger language plpgsql as $$
      ${readParentStatus}
        if parent_status in ('signing', 'signed') then
          if tg_table_name = 'inspection_prescription' and tg_op = 'UPDATE'
             and (to_jsonb(new) - 'done_on') = (to_jsonb(old) - 'done_on') then
            return new;
          end if;
          raise exception 'inspection % is signed; its findings cannot change', coalesce(new.inspection_id, old.inspection_id)
            using errcode = 'P0001', hint = 'inspection_signed';
        end if;
        return coalesce(new, old);
      end $$`);
    for (const table of ['inspection_finding', 'inspection_attachment', 'inspection_prescription'])
      this.addSql(
        sql.beforeRowTrigger(
          `${table}_frozen`,
          'insert or update or delete',
          table,
          'inspection_content_frozen',
        ),
      );

    // Each inspector signs for themselves, once; who inspects is fixed once signing has begun.
    this.addSql(`
      create or replace function inspection_signature_guard() returns trigger language plpgsql as $$
      ${readParentStatus}
        if tg_op = 'UPDATE' and old.signed_at is null and new.signed_at is not null
           and (to_jsonb(new) - 'signed_at') = (to_jsonb(old) - 'signed_at') then
          if parent_status <> 'signing' then
            raise exception 'inspection % is not being signed', new.inspection_id
              using errcode = 'P0001', hint = 'inspection_not_ready';
          end if;
          if new.user_id <> nullif(current_setting('app.user_id', true), '')::uuid then
            raise exception 'an inspector signs only for themselves' using errcode = 'insufficient_privilege';
          end if;
          return new;
        end if;
        if parent_status in ('signing', 'signed') or (tg_op <> 'INSERT' and old.signed_at is not null) then
          raise exception 'inspection % is signed; its inspectors cannot change', coalesce(new.inspection_id, old.inspection_id)
            using errcode = 'P0001', hint = 'inspection_signed';
        end if;
        if tg_op <> 'DELETE' and new.signed_at is not null then
          raise exception 'a signature is given by signing' using errcode = 'insufficient_privilege';
        end if;
        return coalesce(new, old);
      end $$`);
    this.addSql(
      sql.beforeRowTrigger(
        'inspection_inspector_guard',
        'insert or update or delete',
        'inspection_inspector',
        'inspection_signature_guard',
      ),
    );

    const tables = [
      'inspection',
      'inspection_inspector',
      'inspection_finding',
      'inspection_attachment',
      'inspection_prescription',
    ];
    for (const table of tables) for (const statement of sql.tenantTable(table)) this.addSql(statement);
    // The provider reads the signed reports about its services (art. 33(4)); the agency what was forwarded to it
    // (art. 34). Read-only, and nothing before the report is signed.
    this.addSql(`create policy inspected_read on inspection for select using (
      status = 'signed' and provider_tenant_id = current_setting('app.tenant_id')::uuid)`);
    this.addSql(`create policy forwarded_read on inspection for select using (
      forwarded_to_tenant_id = current_setting('app.tenant_id')::uuid)`);
    for (const table of tables.slice(1)) {
      this.addSql(`create policy recipients_read on ${table} for select using (exists (
        select 1 from inspection i where i.tenant_id = ${table}.tenant_id and i.id = ${table}.inspection_id
          and (i.status = 'signed' and i.provider_tenant_id = current_setting('app.tenant_id')::uuid
               or i.forwarded_to_tenant_id = current_setting('app.tenant_id')::uuid)))`);
    }
    // The copies attached to a report go with it (art. 33(3)): the recipients read those files, no other.
    this.addSql(`create policy inspection_recipients_read on stored_file for select using (exists (
      select 1 from inspection_attachment a join inspection i on i.tenant_id = a.tenant_id and i.id = a.inspection_id
      where a.tenant_id = stored_file.tenant_id and a.file_id = stored_file.id
        and (i.status = 'signed' and i.provider_tenant_id = current_setting('app.tenant_id')::uuid
             or i.forwarded_to_tenant_id = current_setting('app.tenant_id')::uuid)))`);

    this.addSql(sql.grantToApp('select, insert, update, delete', tables.join(', ')));
  }
}
