/** Texts a user sees, in every language Mera speaks. */
export type Names = { bg: string; en: string; uk: string };

export interface CatalogueIndicator {
  /** Stable id, e.g. `bg-2022/a02/s1/c1.1/i1`; derived from the numbers when absent. */
  id?: string;
  number: number;
  text: string;
  /** "Източник на информация": documents, interviews, observation — verbatim. */
  sources: string[];
  /** Footnotes under the indicator, verbatim. */
  notes?: string[];
  /** The number the Ordinance prints, only when it differs from `number` (a misprint; `number` keeps the sequence). */
  printedNumber?: number;
}

export interface CatalogueCriterion {
  id?: string;
  key: string;
  /** The key as printed, only when it differs from `key` (e.g. a Latin "A" for the Cyrillic "А"). */
  printedKey?: string;
  statement: string;
  /** Footnotes under the criterion, verbatim. */
  notes?: string[];
  indicators: CatalogueIndicator[];
}

export interface CatalogueStandard {
  id?: string;
  key: string;
  /** The key as printed, only when it differs from `key`. */
  printedKey?: string;
  title: string;
  statement?: string;
  /** Footnotes under the standard, verbatim. */
  notes?: string[];
  criteria: CatalogueCriterion[];
}

export interface CatalogueSection {
  id?: string;
  key: string;
  title: string;
  /** True when the annex prints no sections and the whole annex is one section (annex 9). */
  synthetic?: boolean;
  standards: CatalogueStandard[];
}

/** A numbered footnote at the foot of an annex (the Ordinance's superscript references, e.g. "комплексно1"). */
export interface CatalogueFootnote {
  marker: string;
  text: string;
}

/** A flaw of the source text and what the catalogue builder did about it. */
export interface CatalogueDefect {
  /** Line in the source document. */
  line: number;
  kind: string;
  /** The text as printed (or the part of it that is wrong). */
  printed: string;
  handling: string;
}

/** One annex of standards, as generated into `plugins/<code>/catalogue/annex-NN.json`. */
export interface Catalogue {
  annex: number;
  /** The Ordinance's own abbreviation, e.g. "ИК". */
  code: string;
  title: string;
  /** ISO date the text applies from (the Ordinance's original text: 2022-07-01). */
  effectiveFrom?: string;
  /** True when the Ordinance prints no abbreviation for the annex and `code` was assigned. */
  codeAssigned?: boolean;
  /** What the annex heading says after its number, e.g. "към чл. 4 и 8". */
  heading?: string;
  /** The title lines under the heading, verbatim; `title` is the service name(s) among them. */
  titleLines?: string[];
  /** Where the text was taken from. */
  source?: { document: string; file: string; sha256?: string; firstLine: number; lastLine: number };
  sections: CatalogueSection[];
  /** The paragraphs after the last standard (combined provision with other services, volunteers …). */
  closingProvisions?: string[];
  footnotes?: CatalogueFootnote[];
  defects?: CatalogueDefect[];
}

/** What Mera knows about a service when it evaluates the rules. Every field may be unknown. */
export interface ServiceFacts {
  capacity?: number | null;
  currentUsers?: number | null;
  /** Staff in post (head count or full-time equivalents, as the annex counts them). */
  staffCount?: number | null;
  /** Positions in the staffing plan, and how many are filled. */
  positionsPlanned?: number | null;
  positionsFilled?: number | null;
  /** How long the support lasts or lasted, in months (general-access and group work have limits). */
  durationMonths?: number | null;
  [fact: string]: unknown;
}

export type RuleStatus = 'pass' | 'fail' | 'warning';

export interface RuleResult {
  rule: string;
  status: RuleStatus;
  message: Names;
  /** Where the rule comes from: an indicator id or a footnote of the annex. */
  source: string;
}

/** A pure check over a service's facts: no I/O, no clock. */
export interface Rule {
  id: string;
  /** The Ordinance's text the rule implements, verbatim, and where it stands. */
  basis: { text: string; source: string };
  evaluate(facts: ServiceFacts): RuleResult;
}

export type JsonSchema = Record<string, unknown>;

export interface SurveyTemplate {
  key: string;
  name: Names;
  /** JSON Schema of one anonymous answer. */
  schema: JsonSchema;
}

export interface Variant {
  key: string;
  annex: number;
  name?: Names;
  catalogue: Catalogue;
  rules?: Rule[];
  limits?: { maxDurationMonths?: number };
}

export type IndicatorResult = 'met' | 'partly_met' | 'not_met' | 'not_applicable';

/** Turns indicator results into a score (0–100) for any group of them. */
export interface ScoringScheme {
  key: string;
  name: Names;
  score(results: IndicatorResult[]): number | null;
}

export interface ServicePluginManifest {
  /** Stable, lowercase: `ik`, `zp`, `rg` … */
  code: string;
  name: Names;
  variants: Variant[];
  /** Rules for every variant (a variant may add its own). */
  rules?: Rule[];
  forms?: { facts?: JsonSchema; surveys?: SurveyTemplate[] };
  scoring?: ScoringScheme;
}
