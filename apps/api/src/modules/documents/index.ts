// The document engine: blocks in, PDF/DOCX/XLSX out. Every report of every module is assembled into blocks and
// rendered here, in worker threads (decision 104); the engine knows no module.
export { bgDate, percent, type Block, type ReportDocument } from './blocks.ts';
// pdf.ts, docx.ts and xlsx-chart.ts run in the rendering workers (render-worker.ts); import them only from there.
export type { BarChartSpec } from './xlsx-chart.ts';
export {
  documentOf,
  MEDIA_TYPES,
  renderDocument,
  renderWorkbook,
  sendRendered,
  type DocumentFormat,
  type Workbook,
  type WorkbookRenderer,
} from './send.ts';
export { renderCount, renderingsSettled } from './rendered.ts';
export { authoredRoutes, type AuthoredRoutes } from './authored-routes.ts';
export { documentDownloads, type Download, type DownloadSpec } from './download-routes.ts';
export { lastRenderingThread } from './workers.ts';
export { assertEditable, changedTexts, sectionTexts, type AuthoredRecord } from './authored.ts';
