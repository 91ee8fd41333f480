// The document engine: blocks in, PDF/DOCX/XLSX out. Every report of every module is assembled into blocks and
// rendered here; the engine knows no module.
export { bgDate, percent, type Block, type ReportDocument } from './blocks.ts';
export { renderPdf } from './pdf.ts';
export { renderDocx } from './docx.ts';
export { addBarCharts, type BarChartSpec } from './xlsx-chart.ts';
export { MEDIA_TYPES, sendDocument, sendWorkbook, type DocumentFormat } from './send.ts';
export { assertEditable, changedTexts, sectionTexts, type AuthoredRecord } from './authored.ts';
