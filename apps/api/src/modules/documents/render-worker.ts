import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ReportDocument } from './blocks.ts';
import type { BarChartSpec } from './xlsx-chart.ts';

/**
 * A rendering worker thread (decision 104): the composed document comes as plain data (structured clone), its
 * bytes go back as a transferred ArrayBuffer. It imports only the renderers — not the database, not Fastify — so a
 * worker is its fonts, pdfkit, docx or exceljs and the document at hand.
 */
export type RenderTask =
  | { kind: 'pdf'; document: ReportDocument; generatedAt: string }
  | { kind: 'docx'; document: ReportDocument }
  /** A module's workbook: `source` exports `exportName(figures)`, which returns a `Workbook` (send.ts). */
  | { kind: 'workbook'; source: string; exportName: string; figures: unknown };

/** A workbook as a module draws it: exceljs's bytes, and the bar charts the engine adds (exceljs draws none). */
export interface Workbook {
  bytes: Uint8Array;
  charts: BarChartSpec[];
}

export interface RenderResult {
  bytes: ArrayBuffer;
  /** The thread that rendered (tests check that it is not the main thread). */
  threadId: number;
}

async function bytesOf(task: RenderTask): Promise<Uint8Array> {
  switch (task.kind) {
    case 'pdf':
      return (await import('./pdf.ts')).renderPdf(task.document, new Date(task.generatedAt));
    case 'docx':
      return (await import('./docx.ts')).renderDocx(task.document);
    case 'workbook': {
      const renderer = (await import(pathToFileURL(task.source).href)) as Record<
        string,
        (figures: unknown) => Promise<Workbook>
      >;
      const draw = renderer[task.exportName];
      if (!draw) throw new Error(`${task.source} exports no ${task.exportName}`);
      const { bytes, charts } = await draw(task.figures);
      if (!charts.length) return bytes;
      return (await import('./xlsx-chart.ts')).addBarCharts(Buffer.from(bytes), charts);
    }
  }
}

/** An ArrayBuffer holding exactly these bytes, owned by nobody else (a small Buffer is a slice of a shared one). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return bytes.buffer;
  return new Uint8Array(bytes).buffer;
}

export default async function render(task: RenderTask) {
  const bytes = ownBuffer(await bytesOf(task));
  const result: RenderResult = { bytes, threadId };
  return move({
    get [transferableSymbol]() {
      return bytes;
    },
    get [valueSymbol]() {
      return result;
    },
  });
}
