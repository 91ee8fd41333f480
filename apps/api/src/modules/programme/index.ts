// programme: the quality programme (art. 15–20) and the municipality's view of the programmes it receives.
export { default as programmeRoutes } from './routes.ts';
export { default as receivedProgrammeRoutes } from './received-routes.ts';
export { createMeasure, type MeasureInput } from './measures.ts';
export { EDITABLE as EDITABLE_PROGRAMME_STATUSES } from './lifecycle.ts';
