// assessments: the annual plan, periodic checks and self-assessments. (Its insides are being reworked into the
// checklist engine by issue 11; this surface only re-exports what other modules use today.)
export { default as assessmentRoutes } from './routes.ts';
export {
  assessmentDetail,
  checkScope,
  indicatorsOf,
  schemeFor,
  scopedTree,
  type Plugins,
  type SectionOut,
} from './assessments.ts';
export { saveAnswer } from './answers.ts';
export { checkScores, checkSheets, type CheckRef, type CheckScore, type CheckSheet } from './scores.ts';
