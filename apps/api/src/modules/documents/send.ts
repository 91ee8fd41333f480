import type { FastifyReply } from 'fastify';
import { sendDownload } from '../../shared/http.ts';
import type { ReportDocument } from './blocks.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'xlsx';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Renders a document as PDF or DOCX and sends it as a private download named `<name>.<format>`. */
export async function sendDocument(
  reply: FastifyReply,
  format: 'pdf' | 'docx',
  document: ReportDocument,
  name: string,
) {
  // The renderers (pdfkit, docx) load on the first download, not at start (issue 15: memory of an idle API).
  const body =
    format === 'pdf'
      ? await (await import('./pdf.ts')).renderPdf(document, new Date())
      : await (await import('./docx.ts')).renderDocx(document);
  return sendDownload(reply, MEDIA_TYPES[format], `${name}.${format}`, body);
}

/** Sends a workbook (figures with their charts) as a private download named `<name>.xlsx`. */
export function sendWorkbook(reply: FastifyReply, workbook: Buffer, name: string) {
  return sendDownload(reply, MEDIA_TYPES.xlsx, `${name}.xlsx`, workbook);
}
