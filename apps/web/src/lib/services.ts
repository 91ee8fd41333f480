import type { components } from '@mera/api-client';
import { m } from '#lib/paraglide/messages.js';
import { names } from '#lib/labels.ts';

export type Service = components['schemas']['Service'];
export type ServiceType = components['schemas']['ServiceType'];
export type RuleResult = Service['rules'][number];
export type Financing = NonNullable<Service['financing']>;

export const FINANCING: readonly Financing[] = ['state_delegated', 'municipal', 'own'];

export function financingName(financing: Financing | null): string {
  switch (financing) {
    case 'state_delegated':
      return m.financing_state_delegated();
    case 'municipal':
      return m.financing_municipal();
    case 'own':
      return m.financing_own();
    default:
      return m.financing_unknown();
  }
}

export const ruleStatusName = names<RuleResult['status']>({
  pass: m.rule_pass,
  fail: m.rule_fail,
  warning: m.rule_warning,
});

/** How a service type and variant travel in one form field: `rg/children-3-18`. */
export const typeValue = (pluginCode: string, variantKey: string): string => `${pluginCode}/${variantKey}`;

/** The name of a service's type and variant as the catalogue gives them (the Ordinance's annex title). */
export function typeName(
  types: ServiceType[],
  pluginCode: string,
  variantKey: string,
  locale: string,
): string {
  const type = types.find((candidate) => candidate.code === pluginCode);
  const variant = type?.variants.find((candidate) => candidate.key === variantKey);
  if (!type || !variant) return m.service_type_unknown({ code: typeValue(pluginCode, variantKey) });
  const name = type.name[locale as 'bg' | 'en' | 'uk'] ?? type.name.bg;
  const variantName = variant.name?.[locale as 'bg' | 'en' | 'uk'] ?? variant.title;
  return type.variants.length > 1 ? `${name} — ${variantName}` : name;
}

export function ruleCounts(rules: RuleResult[]): Record<RuleResult['status'], number> {
  const counts = { pass: 0, fail: 0, warning: 0 };
  for (const rule of rules) counts[rule.status] += 1;
  return counts;
}
