// The document engine: blocks in, PDF/DOCX/XLSX out. Every report of every module is assembled into blocks and
// rendered here; the engine knows no module.
export { bgDate, percent, type Block, type ReportDocument } from './blocks.ts';
// pdf.ts and docx.ts are loaded on first use by send.ts (their libraries are large); import them only from there.
export { addBarCharts, type BarChartSpec } from './xlsx-chart.ts';
export {
  MEDIA_TYPES,
  renderDocument,
  renderWorkbook,
  sendDocument,
  sendRendered,
  sendWorkbook,
  type DocumentFormat,
} from './send.ts';
export { renderCount } from './rendered.ts';
export { authoredRoutes, type AuthoredRoutes } from './authored-routes.ts';
export { documentDownloads, type Download, type DownloadSpec } from './download-routes.ts';
export { assertEditable, changedTexts, sectionTexts, type AuthoredRecord } from './authored.ts';
