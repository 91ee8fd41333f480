import type { FastifyReply } from 'fastify';
import { sendDownload } from '../../shared/http.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { ReportDocument } from './blocks.ts';
import { renderedOnce, type DocumentFormat } from './rendered.ts';

export type { DocumentFormat };

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Storage = Pick<TenantContext, 'em' | 'tenantId'>;

/**
 * A record's document as PDF or DOCX: rendered on the first download of this content, the stored bytes afterwards
 * (rendered.ts). `subjectId` is the record the document shows.
 */
export function renderDocument(
  { em, tenantId }: Storage,
  subjectId: string,
  format: 'pdf' | 'docx',
  document: ReportDocument,
): Promise<Buffer> {
  return renderedOnce(em, tenantId, {
    subjectId,
    format,
    shows: document,
    // The renderers (pdfkit, docx) load on the first rendering, not at start (issue 15: memory of an idle API).
    render: async () =>
      format === 'pdf'
        ? (await import('./pdf.ts')).renderPdf(document, new Date())
        : (await import('./docx.ts')).renderDocx(document),
  });
}

/**
 * A record's workbook: `figures` are everything it shows, `render` draws it and `rendererSource` is the file that
 * does (its code is part of the key, as the engine's is); stored like the documents.
 */
export function renderWorkbook(
  { em, tenantId }: Storage,
  subjectId: string,
  figures: unknown,
  render: () => Promise<Buffer>,
  rendererSource: string,
): Promise<Buffer> {
  return renderedOnce(em, tenantId, {
    subjectId,
    format: 'xlsx',
    shows: figures,
    rendererSources: [rendererSource],
    render,
  });
}

/** Sends rendered bytes as a private download named `<name>.<format>`. */
export function sendRendered(reply: FastifyReply, format: DocumentFormat, body: Buffer, name: string) {
  return sendDownload(reply, MEDIA_TYPES[format], `${name}.${format}`, body);
}

/** Renders a document as PDF or DOCX, not stored, and sends it (a document without a record's version to key it). */
export async function sendDocument(
  reply: FastifyReply,
  format: 'pdf' | 'docx',
  document: ReportDocument,
  name: string,
) {
  const body =
    format === 'pdf'
      ? await (await import('./pdf.ts')).renderPdf(document, new Date())
      : await (await import('./docx.ts')).renderDocx(document);
  return sendRendered(reply, format, body, name);
}

/** Sends a workbook (figures with their charts) as a private download named `<name>.xlsx`. */
export function sendWorkbook(reply: FastifyReply, workbook: Buffer, name: string) {
  return sendRendered(reply, 'xlsx', workbook, name);
}
