import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inTenant, withTenant } from '../../platform/auth.ts';
import { sendDownload } from '../../shared/http.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { ReportDocument } from './blocks.ts';
import { findRendered, renderedOnce, underWay, type DocumentFormat, type Found } from './rendered.ts';

export type { DocumentFormat };
export type { Workbook } from './render-worker.ts';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Storage = Pick<TenantContext, 'em' | 'tenantId'>;

/**
 * A record's document as PDF or DOCX, looked up in the request's transaction: its stored bytes when this content
 * was rendered before (rendered.ts), else the rendering to do — `sendRendered` renders it in a worker after the
 * transaction has ended and stores it. `subjectId` is the record the document shows.
 */
export function renderDocument(
  { em, tenantId }: Storage,
  subjectId: string,
  format: 'pdf' | 'docx',
  document: ReportDocument,
): Promise<Found> {
  return findRendered(em, tenantId, {
    subjectId,
    format,
    shows: document,
    task:
      format === 'pdf'
        ? { kind: 'pdf', document, generatedAt: new Date().toISOString() }
        : { kind: 'docx', document },
  });
}

/** A module's workbook renderer: `source` (the file, `import.meta.filename`) exports `exportName(figures)`. */
export interface WorkbookRenderer {
  source: string;
  exportName: string;
}

/**
 * A record's workbook: `figures` are everything it shows, `renderer` draws it in a worker (its code is part of the
 * key, as the engine's is); stored like the documents.
 */
export function renderWorkbook(
  { em, tenantId }: Storage,
  subjectId: string,
  figures: unknown,
  renderer: WorkbookRenderer,
): Promise<Found> {
  return findRendered(em, tenantId, {
    subjectId,
    format: 'xlsx',
    shows: figures,
    rendererSources: [renderer.source],
    task: { kind: 'workbook', ...renderer, figures },
  });
}

/**
 * The id a record's document is stored under when the record has several of one format (an inspection's order,
 * report and letter are all PDFs): a name-based UUID of the record and the document, so each keeps its own copy.
 */
export function documentOf(recordId: string, document: string): string {
  const hex = createHash('sha256').update(`${recordId}/${document}`).digest('hex');
  // RFC 9562 version 8 (name-based by a hash of our choosing), variant 10.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Sends a document as a private download named `<name>.<format>`: the stored bytes, or rendered now in a worker
 * (the request's transaction has ended by then) and stored in a transaction of the request's organisation.
 */
export async function sendRendered(reply: FastifyReply, format: DocumentFormat, found: Found, name: string) {
  const body = await renderedOnce(
    found,
    (work) => inTenant(reply.request, (em) => work(em)),
    reply.request.log,
  );
  return sendDownload(reply, MEDIA_TYPES[format], `${name}.${format}`, body);
}

/**
 * Renders a document now, in the background, so that its first download is the stored copy (decision 108: a
 * report is rendered ahead when it is finished). `lookup` finds it as its download does, in a transaction of its
 * own (the request's has committed). Nobody waits for it; a download meanwhile waits for this rendering instead of
 * starting its own; a failure is only logged — the next download renders it then.
 */
export function renderAhead(request: FastifyRequest, lookup: (ctx: TenantContext) => Promise<Found>): void {
  underWay(
    withTenant(request, lookup)
      .then((found) => renderedOnce(found, (work) => inTenant(request, (em) => work(em)), request.log))
      .catch((error: unknown) => request.log.warn({ err: error }, 'rendering a document ahead failed')),
  );
}
