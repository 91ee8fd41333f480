// quality-system: the quality-system document generated from the registers.
export { default as qualitySystemRoutes } from './routes.ts';
// Extension point: other registers (staff) add blocks to the document's chapters.
export { qualitySystemChapters, type QualitySystemContribution } from './quality-system.ts';
