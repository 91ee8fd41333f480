import { defaultForms } from './forms.ts';
import { ordinanceScoring } from './scoring.ts';

/**
 * What a plugin for one of the Ordinance's services takes as it is: the default facts and survey forms and the
 * Ordinance's scoring. Spread into the manifest (`...ordinanceDefaults`); a plugin with its own states them instead.
 */
export const ordinanceDefaults = { forms: defaultForms, scoring: ordinanceScoring };
