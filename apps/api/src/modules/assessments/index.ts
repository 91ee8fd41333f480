// assessments: the annual plan (art. 23), periodic checks and self-assessments (art. 24) — a checklist of the
// checklist engine (modules/checklists) filled by the provider and completed.
export { default as assessmentRoutes } from './routes.ts';
export { assessmentDetail, checkScope, schemeFor, type Plugins, type SectionOut } from './assessments.ts';
export { checkScores, checkSheets, type CheckRef, type CheckScore, type CheckSheet } from './scores.ts';
