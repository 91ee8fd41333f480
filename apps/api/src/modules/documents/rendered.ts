import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { sqlOf, type EntityManager } from '@mera/db';
import type { RenderTask } from './render-worker.ts';
import { renderInWorker } from './workers.ts';

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
  /** The record the document shows (a report, a yearly monitoring, an inspection's document, the organisation). */
  subjectId: string;
  format: DocumentFormat;
  /** Everything the bytes show, as plain data (its JSON is hashed). */
  shows: unknown;
  /** Source files of a renderer outside this module (a module's own workbook), hashed with the engine's. */
  rendererSources?: readonly string[];
  /** What a rendering worker draws (render-worker.ts): plain data, cloned into the worker. */
  task: RenderTask;
}

/**
 * What the reading transaction found: the stored bytes of this content, or the rendering still to do. The rendering
 * is done after that transaction has ended (`renderMissing`), so no pooled connection waits on a worker.
 */
export type Found =
  | { stored: Buffer; missing?: undefined }
  | { stored?: undefined; missing: Rendering & { tenantId: string; key: string } };

/** Runs `work` in a transaction of the organisation the rendering is stored for (row-level security). */
export type InTransaction = (work: (em: EntityManager) => Promise<void>) => Promise<void>;

let renders = 0;
/** How many documents were actually rendered in this process (tests observe that a stored copy was served). */
export const renderCount = () => renders;

/** The stored rendering of this content, when its key matches; otherwise what to render (first of `renderedOnce`). */
export async function findRendered(
  em: EntityManager,
  tenantId: string,
  rendering: Rendering,
): Promise<Found> {
  const key = contentKey(rendering);
  const stored = await sqlOf(em)
    .selectFrom('rendered_document')
    .select('content')
    .where('tenant_id', '=', tenantId)
    .where('subject_id', '=', rendering.subjectId)
    .where('format', '=', rendering.format)
    .where('content_key', '=', key)
    .executeTakeFirst();
  if (stored) return { stored: Buffer.from(stored.content) };
  return { missing: { ...rendering, tenantId, key } };
}

/** Renderings running now, by organisation, record, format and content key. */
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * The bytes for this content: the stored rendering when its key matches (`findRendered`, in the request's
 * transaction), else rendered now in a worker thread and stored in a short transaction of its own. A second request
 * for the same content while it renders (a download right after the report was finished, which renders it ahead)
 * waits for that rendering instead of starting another.
 */
export function renderedOnce(
  found: Found,
  inTransaction: InTransaction,
  log: FastifyBaseLogger,
): Promise<Buffer> {
  if (found.stored) return Promise.resolve(found.stored);
  const { missing } = found;
  const id = `${missing.tenantId}/${missing.subjectId}/${missing.format}/${missing.key}`;
  const running = inFlight.get(id);
  if (running) return running;
  const rendering = (async () => {
    const content = await renderInWorker(missing.task, log);
    renders += 1;
    await inTransaction((em) => store(em, missing, content));
    return content;
  })().finally(() => inFlight.delete(id));
  inFlight.set(id, rendering);
  return rendering;
}

/** Work that will render (a rendering ahead still looking its document up). */
const coming = new Set<Promise<unknown>>();

/** Counts `work` among the renderings under way until it ends (see `renderingsSettled`). */
export function underWay(work: Promise<unknown>): void {
  coming.add(work);
  void work.finally(() => coming.delete(work)).catch(() => undefined);
}

/** Resolves when every rendering under way has ended, however it ended (the API waits for them when it closes). */
export async function renderingsSettled(): Promise<void> {
  while (coming.size || inFlight.size) await Promise.allSettled([...coming, ...inFlight.values()]);
}

async function store(
  em: EntityManager,
  rendering: Rendering & { tenantId: string; key: string },
  content: Buffer,
) {
  await sqlOf(em)
    .insertInto('rendered_document')
    .values({
      tenant_id: rendering.tenantId,
      subject_id: rendering.subjectId,
      format: rendering.format,
      content_key: rendering.key,
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
