// inspections: the municipality's inspections (art. 30–34). (Its insides are being reworked into the checklist
// engine by issue 11; this surface only re-exports what other code uses today.)
export { default as inspectionRoutes } from './routes.ts';
export { orderInspection } from './orders.ts';
