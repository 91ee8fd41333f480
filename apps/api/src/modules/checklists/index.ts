// checklists: the one engine behind provider checks (art. 23–24) and municipal inspections (art. 31–33) — a scope of
// catalogue indicators answered one by one, scored by the plugin's scheme, completed or signed, then frozen.
export {
  ANSWER_KINDS,
  RESULTS,
  checkValue,
  saveAnswer,
  type AnswerKind,
  type ChecklistKind,
  type CurrentAnswer,
} from './answers.ts';
export {
  assertComplete,
  checklistTree,
  criteriaOf,
  indicatorsOf,
  missingIndicators,
  scopedTree,
  type MissingIndicator,
} from './tree.ts';
export {
  answerFields,
  answerRows,
  answersByItem,
  byItem,
  loadAnswers,
  mapTree,
  schemeFor,
  tally,
  type Answer,
  type ChecklistAction,
  type GroupBase,
} from './view.ts';
export {
  ActionSchema,
  AnswerBody,
  IndicatorFields,
  ItemIdSchema,
  ResultSchema,
  SectionsSchema,
} from './schemas.ts';
export { answerIndicator, indicatorOf, type AnswerBodyInput, type Checklist } from './engine.ts';
export { answerRouteSpec, type AnswerRouteSpec } from './routes.ts';
