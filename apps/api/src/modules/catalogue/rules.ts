import type { RuleResult, ServiceFacts } from '@mera/plugin-sdk';
import type { DiscoveredPlugin } from './types.ts';

/** The plugin's rules for every variant, then the variant's own, evaluated on the facts. Pure: no I/O. */
export function evaluateRules(
  plugin: DiscoveredPlugin,
  variantKey: string,
  facts: ServiceFacts,
): RuleResult[] | undefined {
  const variant = plugin.variants.find((v) => v.key === variantKey);
  if (!variant) return undefined;
  return [...(plugin.rules ?? []), ...(variant.rules ?? [])].map((rule) => rule.evaluate(facts));
}
