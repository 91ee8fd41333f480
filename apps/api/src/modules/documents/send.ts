import type { FastifyReply } from 'fastify';
import { sendDownload } from '../../shared/http.ts';
import type { ReportDocument } from './blocks.ts';
import { renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';

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
  const body = format === 'pdf' ? await renderPdf(document, new Date()) : await renderDocx(document);
  return sendDownload(reply, MEDIA_TYPES[format], `${name}.${format}`, body);
}

/** Sends a workbook (figures with their charts) as a private download named `<name>.xlsx`. */
export function sendWorkbook(reply: FastifyReply, workbook: Buffer, name: string) {
  return sendDownload(reply, MEDIA_TYPES.xlsx, `${name}.xlsx`, workbook);
}
