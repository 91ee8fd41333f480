import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Evidence (art. 22–24 and the annexes' "sources of information"): the files a provider uploads and its document
 * register — policies, procedures, plans, registers — each with its version, approval and next review date, and the
 * Ordinance's sources of information it stands for. Because the same source ("План за защита при бедствия и аварии")
 * recurs in many annexes, a document registered once is offered for every indicator that cites one of its sources.
 *
 * Files are immutable: a new version is a new file. Their bytes live in PostgreSQL by default (`storage =
 * 'database'`), so a backup of the database is a backup of the evidence; `storage = 's3'` keeps a key instead.
 */
export class Migration20261123000800Evidence extends Migration {
  override name = 'Migration20261123000800Evidence';

  override up(): void {
    this.addSql(`
      create table stored_file (
        ${sql.TENANT_KEY}
        name text not null check (length(trim(name)) between 1 and 255),
        -- sniffed from the content, never taken from the name or the browser
        media_type text not null,
        size_bytes integer not null check (size_bytes > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage text not null check (storage in ('database', 's3')),
        content bytea,
        storage_key text,
        ${sql.AUTHORED}
        primary key (tenant_id, id),
        check ((storage = 'database' and content is not null and storage_key is null)
            or (storage = 's3' and content is null and storage_key is not null))
      )`);

    this.addSql(`
      create table quality_document (
        ${sql.TENANT_KEY}
        kind text not null check (kind in ('policy', 'procedure', 'plan', 'programme', 'register', 'rules', 'other')),
        title text not null check (length(trim(title)) between 1 and 500),
        -- null: the organisation's document, valid for all of its services
        service_id uuid,
        version_label text check (version_label is null or length(trim(version_label)) between 1 and 50),
        approved_on date,
        next_review_on date,
        file_id uuid,
        -- the Ordinance's sources of information (verbatim, as in the catalogue) this document stands for
        sources text[] not null default '{}',
        note text check (note is null or length(trim(note)) > 0),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check (next_review_on is null or approved_on is null or next_review_on >= approved_on),
        ${sql.OF_SERVICE},
        foreign key (tenant_id, file_id) references stored_file (tenant_id, id)
      )`);
    this.addSql(`create index quality_document_sources_idx on quality_document using gin (sources)`);

    for (const table of ['stored_file', 'quality_document']) {
      for (const statement of sql.rowLevelSecurity(table)) this.addSql(statement);
      this.addSql(sql.tenantIsolation(table));
    }
    // The audit trail records documents; for files it records the metadata, never the bytes.
    this.addSql(sql.auditTrigger('quality_document'));
    this.addSql(sql.grantToApp('select, insert, delete', 'stored_file'));
    this.addSql(sql.grantToApp('select, insert, update, delete', 'quality_document'));
  }
}
