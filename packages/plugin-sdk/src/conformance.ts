import { indicatorsOf } from './footnotes.ts';
import type { ServiceFacts, ServicePluginManifest } from './types.ts';
import { validatePlugin } from './validate.ts';

/** Facts a rule must cope with: nothing known, typical values, edge values. */
const SAMPLE_FACTS: ServiceFacts[] = [
  {},
  {
    capacity: 20,
    currentUsers: 15,
    staffCount: 5,
    positionsPlanned: 6,
    positionsFilled: 5,
    durationMonths: 1,
  },
  { capacity: 0, currentUsers: 0, staffCount: 0, positionsPlanned: 1, positionsFilled: 0, durationMonths: 0 },
  { capacity: 10_000, currentUsers: 10_000, staffCount: 1, positionsPlanned: 100, positionsFilled: 100 },
];

/**
 * What every plugin must satisfy beyond its types, for a plugin's own test to assert (`expect(conformance(plugin))
 * .toEqual([])`): the SDK's validator finds nothing; indicator ids are unique within each variant; every rule quotes
 * its basis, answers every sample of facts with a status and a message in bg, en and uk, and answers the same facts
 * the same way twice (pure, no clock, no I/O); every survey template is a JSON Schema object with labelled questions.
 */
export function conformance(plugin: ServicePluginManifest, packageName = plugin.code): string[] {
  const problems = validatePlugin(plugin, packageName).map((p) => `${p.field} ${p.rule}`);
  for (const variant of plugin.variants) {
    const ids = [...indicatorsOf(variant.catalogue)].map((entry) => entry.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated) problems.push(`variants.${variant.key}: indicator id ${repeated} is not unique`);
    for (const rule of [...(plugin.rules ?? []), ...(variant.rules ?? [])]) {
      const where = `variants.${variant.key}.rules.${rule.id}`;
      if (!rule.basis.text.trim()) problems.push(`${where}: basis.text must quote the Ordinance`);
      for (const facts of SAMPLE_FACTS) {
        let first;
        try {
          first = rule.evaluate(facts);
        } catch (error) {
          problems.push(`${where}: throws on ${JSON.stringify(facts)} (${String(error)})`);
          continue;
        }
        if (!['pass', 'fail', 'warning'].includes(first.status))
          problems.push(`${where}: status ${String(first.status)} is not pass, fail or warning`);
        for (const locale of ['bg', 'en', 'uk'] as const)
          if (!first.message[locale]?.trim()) problems.push(`${where}: no ${locale} message`);
        if (JSON.stringify(rule.evaluate(facts)) !== JSON.stringify(first))
          problems.push(`${where}: answers the same facts differently (must be pure)`);
      }
    }
  }
  for (const survey of plugin.forms?.surveys ?? []) {
    const schema = survey.schema as { type?: unknown; properties?: Record<string, { title?: unknown }> };
    if (schema.type !== 'object' || typeof schema.properties !== 'object')
      problems.push(`forms.surveys.${survey.key}: schema must be a JSON Schema object with properties`);
    for (const [name, question] of Object.entries(schema.properties ?? {}))
      if (!question.title) problems.push(`forms.surveys.${survey.key}.${name}: a question needs a title`);
  }
  return problems;
}
