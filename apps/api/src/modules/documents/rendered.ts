import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlOf, type EntityManager } from '@mera/db';

/**
 * Rendered once per content, served from storage afterwards (issue 15, decision 102). A report's PDF took ≈ 1 s of
 * which ≈ 300 ms CPU was pdfkit laying out text, every time the same unchanged report was downloaded.
 *
 * The stored bytes are found by a key computed from what the document shows — the composed blocks (or a workbook's
 * figures) as JSON — and from the renderer's own code, so an edited report, a renamed service, a reassembled
 * monitoring or a changed renderer each miss the stored copy by construction; nothing has to remember to purge it.
 * A submitted report or an approved monitoring is frozen, so its key never changes again. Only the latest
 * rendering of each record and format is kept per organisation (the primary key): the table stays as large as the
 * records that were downloaded. Row-level security keeps each organisation's copies its own; the caller has read
 * the record under that same security before asking, so a copy is never the way to a record one may not read.
 */
export type DocumentFormat = 'pdf' | 'docx' | 'xlsx';

export interface Rendering {
  /** The report or yearly monitoring the document shows. */
  subjectId: string;
  format: DocumentFormat;
  /** Everything the bytes show, as plain data (its JSON is hashed). */
  shows: unknown;
  /** Source files of a renderer outside this module (a module's own workbook), hashed with the engine's. */
  rendererSources?: readonly string[];
  render(): Promise<Buffer>;
}

let renders = 0;
/** How many documents were actually rendered in this process (tests observe that a stored copy was served). */
export const renderCount = () => renders;

/** The bytes for this content: the stored rendering when its key matches, else rendered now and stored. */
export async function renderedOnce(
  em: EntityManager,
  tenantId: string,
  rendering: Rendering,
): Promise<Buffer> {
  const key = contentKey(rendering);
  const stored = await sqlOf(em)
    .selectFrom('rendered_document')
    .select('content')
    .where('tenant_id', '=', tenantId)
    .where('subject_id', '=', rendering.subjectId)
    .where('format', '=', rendering.format)
    .where('content_key', '=', key)
    .executeTakeFirst();
  if (stored) return Buffer.from(stored.content);
  const content = await rendering.render();
  renders += 1;
  await sqlOf(em)
    .insertInto('rendered_document')
    .values({
      tenant_id: tenantId,
      subject_id: rendering.subjectId,
      format: rendering.format,
      content_key: key,
      content,
      rendered_at: new Date().toISOString(),
    })
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'subject_id', 'format']).doUpdateSet((row) => ({
        content_key: row.ref('excluded.content_key'),
        content: row.ref('excluded.content'),
        rendered_at: row.ref('excluded.rendered_at'),
      })),
    )
    .execute();
  return content;
}

function contentKey({ format, shows, rendererSources = [] }: Rendering): string {
  return createHash('sha256')
    .update(engineFingerprint())
    .update(rendererSources.map(sourceFingerprint).join(','))
    .update(format)
    .update(JSON.stringify(shows))
    .digest('hex');
}

const fingerprints = new Map<string, string>();
function sourceFingerprint(file: string): string {
  let fingerprint = fingerprints.get(file);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(readFileSync(file)).digest('hex');
    fingerprints.set(file, fingerprint);
  }
  return fingerprint;
}

/**
 * The engine's code (this module's sources) and the API's declared dependencies (pdfkit, docx, exceljs …): a new
 * release that changes how documents look renders every document again on its first download.
 */
let engine: string | undefined;
function engineFingerprint(): string {
  if (engine !== undefined) return engine;
  const sources = readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(import.meta.dirname, file));
  engine = [...sources, join(import.meta.dirname, '../../../package.json')].map(sourceFingerprint).join(',');
  return engine;
}
