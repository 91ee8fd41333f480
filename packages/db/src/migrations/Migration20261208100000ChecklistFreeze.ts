import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The checklist engine (issue 11) and frozen records (issue 12.1).
 *
 * - A completed check (art. 24) says nothing new, ever: before, the guard refused only a change of status, scope,
 *   catalogue, service or completion time, so `mera_app` could still rewrite a completed check's conclusions, title,
 *   methods, dates, who completed it or its kind. Now every column is frozen.
 * - A signed inspection report (art. 33(2)) keeps its signature time: `signed_at` and `mayor_received_on`, once set,
 *   never move (before, `update inspection set signed_at = '2000-01-01'` passed on a signed report).
 * - A completed check's evidence shows what the register document was at completion: its title, version label and
 *   file are copied onto the evidence when it is attached and again as the check is completed (then frozen with it),
 *   so editing the document later changes nothing the completed check shows.
 * - A measure of the quality programme (art. 19) may come from an indicator of a check: `assessment_id` says which,
 *   so the check shows the measure on that indicator.
 */
export const CHECKLIST_UPDATABLE: Record<string, string[]> = {
  assessment_evidence: ['document_title', 'document_version_label', 'document_file_id'],
};

export class Migration20261208100000ChecklistFreeze extends Migration {
  override name = 'Migration20261208100000ChecklistFreeze';

  override up(): void {
    this.addSql(`
      create or replace function assessment_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and old.status = 'completed' then
          raise exception 'assessment % is completed and cannot be deleted', old.id
            using errcode = 'P0001', hint = 'assessment_completed';
        end if;
        if tg_op = 'UPDATE' and old.status = 'completed' and to_jsonb(new) is distinct from to_jsonb(old) then
          raise exception 'assessment % is completed', old.id using errcode = 'P0001', hint = 'assessment_completed';
        end if;
        return coalesce(new, old);
      end $$`);

    this.addSql(`
      create or replace function inspection_signature_frozen() returns trigger language plpgsql as $$
      begin
        if (old.signed_at is not null and new.signed_at is distinct from old.signed_at)
           or (old.mayor_received_on is not null and new.mayor_received_on is distinct from old.mayor_received_on) then
          raise exception 'inspection % is signed; its signature cannot change', old.id
            using errcode = 'P0001', hint = 'inspection_signed';
        end if;
        return new;
      end $$`);
    this.addSql(`create trigger inspection_signature_frozen before update on inspection
      for each row execute function inspection_signature_frozen()`);

    // What a cited register document was, copied onto the evidence (filled by the trigger below on insert). The
    // owner reads and checks across tenants only while row-level security is not forced, inside this transaction.
    const touched = [
      'assessment_evidence',
      'quality_document',
      'stored_file',
      'assessment',
      'quality_programme_measure',
    ];
    for (const table of touched) this.addSql(`alter table ${table} no force row level security`);
    this.addSql(`alter table assessment_evidence add column document_title text,
      add column document_version_label text, add column document_file_id uuid,
      add foreign key (tenant_id, document_file_id) references stored_file (tenant_id, id)`);
    // A completed check's evidence is frozen; its copy is what the document was then, as near as can be known now.
    this.addSql(`alter table assessment_evidence disable trigger assessment_evidence_frozen`);
    this.addSql(`do $$
      declare t uuid;
      begin
        for t in select distinct tenant_id from assessment_evidence where document_id is not null loop
          perform set_config('app.tenant_id', t::text, true);
          update assessment_evidence e set document_title = d.title, document_version_label = d.version_label,
              document_file_id = d.file_id
            from quality_document d where e.tenant_id = t and d.tenant_id = e.tenant_id and d.id = e.document_id;
        end loop;
      end $$`);
    this.addSql(`alter table assessment_evidence enable trigger assessment_evidence_frozen`);
    this.addSql(`
      create or replace function assessment_evidence_snapshot() returns trigger language plpgsql as $$
      begin
        if new.document_id is not null then
          select title, version_label, file_id into new.document_title, new.document_version_label, new.document_file_id
            from quality_document where tenant_id = new.tenant_id and id = new.document_id;
        end if;
        return new;
      end $$`);
    this.addSql(`create trigger assessment_evidence_snapshot before insert on assessment_evidence
      for each row execute function assessment_evidence_snapshot()`);
    for (const statement of sql.grantColumnUpdates(CHECKLIST_UPDATABLE)) this.addSql(statement);

    this.addSql(`alter table quality_programme_measure add column assessment_id uuid,
      add foreign key (tenant_id, assessment_id) references assessment (tenant_id, id)`);
    this.addSql(`create index quality_programme_measure_assessment_idx
      on quality_programme_measure (tenant_id, assessment_id) where assessment_id is not null`);
    for (const table of touched) this.addSql(`alter table ${table} force row level security`);
  }
}
