export { catalogueSchema } from './catalogue-schema.ts';
export { conformance } from './conformance.ts';
export { ordinanceDefaults } from './defaults.ts';
export { defineServicePlugin } from './define.ts';
export { footnoteRules, indicatorsOf } from './footnotes.ts';
export { defaultFactsSchema, defaultForms, defaultSurveys } from './forms.ts';
export {
  defineLegacyCentres,
  validateLegacyCentres,
  type LegacyCentre,
  type LegacyCentres,
  type LegacyConditional,
  type LegacyService,
} from './legacy.ts';
export { capacity, maxDurationMonths, staffingCoefficient, staffingFillRate } from './rules.ts';
export { ordinanceScoring } from './scoring.ts';
export type * from './types.ts';
export { assertValidPlugin, InvalidPluginError, validatePlugin, type PluginProblem } from './validate.ts';
export {
  defineJurisdiction,
  validateJurisdiction,
  type JurisdictionManifest,
  type StaffNorms,
} from './jurisdiction.ts';
