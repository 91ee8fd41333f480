import type { Catalogue, ServicePluginManifest } from './types.ts';

export interface PluginProblem {
  plugin: string;
  field: string;
  rule: string;
}

/** A plugin that must not load: the message names the plugin, the field and the rule it broke. */
export class InvalidPluginError extends Error {
  readonly problems: PluginProblem[];
  constructor(problems: PluginProblem[]) {
    super(problems.map((p) => `plugin ${p.plugin}: ${p.field} ${p.rule}`).join('; '));
    this.name = 'InvalidPluginError';
    this.problems = problems;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkNames(value: unknown, field: string, report: (field: string, rule: string) => void): void {
  if (!isObj(value)) return report(field, 'must have bg, en and uk texts');
  for (const locale of ['bg', 'en', 'uk'])
    if (!isText(value[locale])) report(`${field}.${locale}`, 'must be a non-empty text');
}

function checkCatalogue(
  catalogue: unknown,
  field: string,
  report: (field: string, rule: string) => void,
  ids: Set<string>,
): void {
  if (!isObj(catalogue)) return report(field, 'must be a catalogue object');
  if (!Number.isInteger(catalogue['annex'])) report(`${field}.annex`, 'must be the annex number');
  if (!isText(catalogue['code'])) report(`${field}.code`, 'must be the Ordinance’s abbreviation');
  if (!isText(catalogue['title'])) report(`${field}.title`, 'must not be empty');
  const seen = (id: string | undefined, at: string) => {
    if (!id) return;
    if (ids.has(id)) report(`${at}.id`, `repeats the id "${id}"`);
    ids.add(id);
  };
  /** Each item of the non-empty list `at.key`, checked with its own path; an empty or missing list is reported. */
  const each = <T>(
    list: T[] | undefined,
    at: string,
    key: string,
    check: (item: T, path: string) => void,
  ) => {
    if (!Array.isArray(list) || list.length === 0) return report(`${at}.${key}`, 'must not be empty');
    list.forEach((item, n) => check(item, `${at}.${key}[${n}]`));
  };
  each((catalogue as Partial<Catalogue>).sections, field, 'sections', (section, s) => {
    if (!isText(section?.title)) report(`${s}.title`, 'must not be empty');
    seen(section?.id, s);
    each(section?.standards, s, 'standards', (standard, st) => {
      if (!isText(standard?.title)) report(`${st}.title`, 'must not be empty');
      seen(standard?.id, st);
      each(standard?.criteria, st, 'criteria', (criterion, c) => {
        if (!isText(criterion?.statement)) report(`${c}.statement`, 'must not be empty');
        seen(criterion?.id, c);
        each(criterion?.indicators, c, 'indicators', (indicator, i) => {
          if (!Number.isInteger(indicator?.number) || indicator.number < 1)
            report(`${i}.number`, 'must be a positive whole number');
          if (!isText(indicator?.text)) report(`${i}.text`, 'must not be empty');
          if (!Array.isArray(indicator?.sources) || !indicator.sources.every(isText))
            report(`${i}.sources`, 'must be a list of texts');
          seen(indicator?.id, i);
        });
      });
    });
  });
}

/** Everything wrong with a manifest (empty when it is valid). Used at start-up and by the conformance kit. */
export function validatePlugin(manifest: unknown, label = 'plugin'): PluginProblem[] {
  const problems: PluginProblem[] = [];
  const m = isObj(manifest) ? manifest : {};
  const code = isText(m['code']) ? m['code'] : label;
  const report = (field: string, rule: string) => problems.push({ plugin: code, field, rule });
  if (!isObj(manifest)) {
    report('manifest', 'must be an object (the default export of the plugin package)');
    return problems;
  }
  if (!isText(m['code']) || !/^[a-z][a-z0-9-]{1,30}$/.test(m['code']))
    report('code', 'must be a lowercase code such as "ik"');
  checkNames(m['name'], 'name', report);
  const variants = m['variants'];
  if (!Array.isArray(variants) || variants.length === 0) {
    report('variants', 'must list at least one variant');
  } else {
    const keys = new Set<string>();
    variants.forEach((variant: unknown, i) => {
      const field = `variants[${i}]`;
      if (!isObj(variant)) {
        report(field, 'must be an object');
        return;
      }
      if (!isText(variant['key'])) report(`${field}.key`, 'is required');
      else if (keys.has(variant['key'])) report(`${field}.key`, `repeats "${variant['key']}"`);
      else keys.add(variant['key']);
      if (!Number.isInteger(variant['annex'])) report(`${field}.annex`, 'must be the annex number');
      if (variant['name'] !== undefined) checkNames(variant['name'], `${field}.name`, report);
      // Variants sharing one annex (ИКОР for ik and opu) share its ids; ids must be unique within a catalogue.
      checkCatalogue(variant['catalogue'], `${field}.catalogue`, report, new Set());
      checkRules(variant['rules'], `${field}.rules`, report);
    });
  }
  checkRules(m['rules'], 'rules', report);
  const scoring = m['scoring'];
  if (scoring !== undefined && (!isObj(scoring) || typeof scoring['score'] !== 'function'))
    report('scoring.score', 'must be a function');
  return problems;
}

function checkRules(rules: unknown, field: string, report: (field: string, rule: string) => void): void {
  if (rules === undefined) return;
  if (!Array.isArray(rules)) return report(field, 'must be a list of rules');
  rules.forEach((rule: unknown, i) => {
    const r = isObj(rule) ? rule : {};
    if (!isText(r['id'])) report(`${field}[${i}].id`, 'is required');
    if (typeof r['evaluate'] !== 'function') report(`${field}[${i}].evaluate`, 'must be a function');
    const basis = r['basis'];
    if (!isObj(basis) || !isText(basis['text']) || !isText(basis['source'])) {
      report(`${field}[${i}].basis`, 'must quote the Ordinance’s text and name its source');
    }
  });
}

/** Throws InvalidPluginError when the manifest has problems; returns it typed otherwise. */
export function assertValidPlugin(manifest: unknown, label?: string): ServicePluginManifest {
  const problems = validatePlugin(manifest, label);
  if (problems.length) throw new InvalidPluginError(problems);
  return manifest as ServicePluginManifest;
}
