import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Internal monitoring (art. 22–24): the annual plan (план-график, art. 23(1)) is the set of checks planned for a
 * year; a periodic check (at least every three months, on criteria the provider chooses, art. 23(3)) or an annual
 * self-assessment records, per indicator of the service's variant, a result, a note and evidence.
 *
 * An assessment pins the catalogue version it was made against, so a later amendment of the Ordinance changes no
 * past result. Each indicator's result carries its own version: two people filling the same check on different
 * indicators never collide, and on the same indicator the second one is told (409) instead of overwriting.
 * Once completed, a check's results and evidence are frozen by the database.
 * The commissioning municipality reads completed checks of the services it commissions (art. 27–29).
 */
export class Migration20261123000810Assessments extends Migration {
  override name = 'Migration20261123000810Assessments';

  override up(): void {
    this.addSql(`
      create table assessment (
        ${sql.TENANT_KEY}
        service_id uuid not null,
        kind text not null check (kind in ('periodic', 'self_assessment')),
        catalogue_version_id uuid not null references catalogue_version (id),
        -- null: the whole variant; otherwise the criteria chosen for this check (catalogue item ids)
        scope_criteria text[] check (scope_criteria is null or cardinality(scope_criteria) > 0),
        -- the methods of art. 24(1) used (item numbers 1–11)
        methods integer[] not null default '{}' check (methods <@ array[1,2,3,4,5,6,7,8,9,10,11]),
        title text not null check (length(trim(title)) between 1 and 300),
        planned_on date,
        started_on date,
        status text not null default 'planned' check (status in ('planned', 'in_progress', 'completed')),
        conclusions text check (conclusions is null or length(trim(conclusions)) > 0),
        completed_at timestamptz,
        completed_by uuid references app_user (id),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check ((status = 'completed') = (completed_at is not null)),
        check (planned_on is not null or started_on is not null),
        ${sql.OF_SERVICE}
      )`);
    this.addSql(`create index assessment_service_idx on assessment (tenant_id, service_id, status)`);

    this.addSql(`
      create table assessment_result (
        tenant_id uuid not null references tenant (id),
        assessment_id uuid not null,
        item_id text not null,
        result text check (result in ('met', 'partly_met', 'not_met', 'not_applicable')),
        note text check (note is null or length(trim(note)) > 0),
        updated_by uuid references app_user (id),
        ${sql.VERSIONED}
        primary key (tenant_id, assessment_id, item_id),
        foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
      )`);

    this.addSql(`
      create table assessment_evidence (
        ${sql.TENANT_KEY}
        assessment_id uuid not null,
        item_id text not null,
        kind text not null check (kind in ('file', 'document', 'interview', 'observation', 'record')),
        file_id uuid,
        document_id uuid,
        -- what was seen or heard (never a service user's name), or which record was checked
        description text check (description is null or length(trim(description)) between 1 and 5000),
        ${sql.AUTHORED}
        primary key (tenant_id, id),
        unique nulls not distinct (tenant_id, assessment_id, item_id, document_id, file_id, kind, description),
        check ((kind = 'file') = (file_id is not null)),
        check ((kind = 'document') = (document_id is not null)),
        check (kind in ('file', 'document') or description is not null),
        foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade,
        foreign key (tenant_id, file_id) references stored_file (tenant_id, id),
        foreign key (tenant_id, document_id) references quality_document (tenant_id, id)
      )`);

    // A completed check is a record: its results and evidence no longer change, whatever the application does.
    this.addSql(`
      create or replace function assessment_frozen() returns trigger language plpgsql as $$
      declare
        a_status text;
        row_tenant uuid := coalesce(new.tenant_id, old.tenant_id);
        row_assessment uuid := coalesce(new.assessment_id, old.assessment_id);
      begin
        select status into a_status from assessment where tenant_id = row_tenant and id = row_assessment;
        if a_status = 'completed' then
          raise exception 'assessment % is completed; its results cannot change', row_assessment
            using errcode = 'P0001', hint = 'assessment_completed';
        end if;
        return coalesce(new, old);
      end $$`);
    for (const table of ['assessment_result', 'assessment_evidence'])
      this.addSql(
        sql.beforeRowTrigger(`${table}_frozen`, 'insert or update or delete', table, 'assessment_frozen'),
      );
    this.addSql(`
      create or replace function assessment_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and old.status = 'completed' then
          raise exception 'assessment % is completed and cannot be deleted', old.id
            using errcode = 'P0001', hint = 'assessment_completed';
        end if;
        if tg_op = 'UPDATE' and old.status = 'completed'
           and (new.status, new.scope_criteria, new.catalogue_version_id, new.service_id, new.completed_at)
               is distinct from (old.status, old.scope_criteria, old.catalogue_version_id, old.service_id, old.completed_at) then
          raise exception 'assessment % is completed', old.id using errcode = 'P0001', hint = 'assessment_completed';
        end if;
        return coalesce(new, old);
      end $$`);
    this.addSql(sql.beforeRowTrigger('assessment_guard', 'update or delete', 'assessment'));

    for (const table of ['assessment', 'assessment_result', 'assessment_evidence'])
      for (const statement of sql.tenantTable(table)) this.addSql(statement);
    // The commissioning municipality reads completed checks (and their results) of the services it commissions.
    this.addSql(`create policy commissioned_read on assessment for select
      using (status = 'completed' and ${sql.commissionedBy('assessment')})`);
    this.addSql(`create policy commissioned_read on assessment_result for select using (exists (
      select 1 from assessment a where a.tenant_id = assessment_result.tenant_id
        and a.id = assessment_result.assessment_id and a.status = 'completed' and ${sql.commissionedBy('a')}))`);

    this.addSql(sql.grantToApp('select, insert, update, delete', 'assessment, assessment_result'));
    this.addSql(sql.grantToApp('select, insert, delete', 'assessment_evidence'));
  }
}
