import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../evidence/routes.ts';
import type { ReportDocument } from './document.ts';
import { renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';

export type DocumentFormat = 'pdf' | 'docx';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Renders a document as PDF or DOCX and sends it as a private download named `<name>.<format>`. */
export async function sendDocument(
  reply: FastifyReply,
  format: DocumentFormat,
  document: ReportDocument,
  name: string,
) {
  const body = format === 'pdf' ? await renderPdf(document, new Date()) : await renderDocx(document);
  return reply
    .header('content-type', MEDIA_TYPES[format])
    .header('content-disposition', contentDisposition(`${name}.${format}`))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}
