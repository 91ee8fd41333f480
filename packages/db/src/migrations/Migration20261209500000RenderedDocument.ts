import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/** The columns of `rendered_document` the application updates (its upsert); grants.test.ts pins them. */
export const RENDERED_DOCUMENT_UPDATABLE: Record<string, string[]> = {
  rendered_document: ['content_key', 'content', 'rendered_at'],
};

/**
 * A downloaded document's bytes, kept for the content they were rendered from (issue 15: the annual report's PDF
 * took ≈ 1 s, almost all of it pdfkit's text layout; decision 102).
 *
 * One row per record, format and reading organisation — `subject_id` is the report or yearly monitoring; a
 * municipality reading a provider's submitted report keeps its own row under its own tenant — so the table never
 * holds more than one rendering of a document: a new content replaces the row. `content_key` is the SHA-256 of
 * everything the document shows (the composed blocks) and of the renderer's code, so a change of either misses the
 * stored row and nothing has to remember to purge it. The trail records that a document was rendered, never its
 * bytes (`audit_row('content')`).
 */
export class Migration20261209500000RenderedDocument extends Migration {
  override name = 'Migration20261209500000RenderedDocument';

  override up(): void {
    this.addSql(`
      create table rendered_document (
        tenant_id uuid not null references tenant (id),
        subject_id uuid not null,
        format text not null check (format in ('pdf', 'docx', 'xlsx')),
        content_key text not null check (content_key ~ '^[0-9a-f]{64}$'),
        content bytea not null,
        rendered_at timestamptz not null default now(),
        primary key (tenant_id, subject_id, format)
      )`);
    for (const statement of sql.tenantTable('rendered_document', { withoutColumn: 'content' }))
      this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, delete', 'rendered_document'));
    for (const statement of sql.grantColumnUpdates(RENDERED_DOCUMENT_UPDATABLE)) this.addSql(statement);
  }
}
