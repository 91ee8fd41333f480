import type { Names } from './types.ts';

/** One service whose standards apply to a legacy centre type. */
export interface LegacyService {
  pluginCode: string;
  variantKey: string;
  /** `therapy-only`: "само стандартите за терапия" — only the therapy standards of the variant apply. */
  scope: 'full' | 'therapy-only';
  /** The Ordinance's list item, verbatim (e.g. "терапия и рехабилитация (само стандартите за терапия)"). */
  item: string;
  /** Other variants that may apply instead, by the centre's target group. */
  alternatives?: string[];
}

/** Standards that apply only when a condition holds ("при необходимост", "когато … са настанени …"). */
export interface LegacyConditional {
  pluginCode: string;
  variantKey: string;
  basis: string;
  /** The provision, verbatim. */
  text: string;
}

/** A centre type of the old system and the services whose standards apply to it (transitional provisions). */
export interface LegacyCentre {
  /** Stable, URL-safe: `bg-2022-p1-11` (§ 1, al. 11). */
  key: string;
  /** Where it stands: "§ 1, ал. 11". */
  basis: string;
  name: Names;
  /** The paragraph, verbatim. */
  text: string;
  services: LegacyService[];
  conditional: LegacyConditional[];
}

export interface LegacyCentres {
  jurisdiction: string;
  source: string;
  centres: LegacyCentre[];
}

/** Declares a jurisdiction's mapping of legacy centre types (a package with `"mera": { "legacyCentres": true }`). */
export function defineLegacyCentres<const T extends LegacyCentres>(mapping: T): T {
  return mapping;
}

/** Problems with a mapping, each naming the centre, the field and the rule (checked at start-up). */
export function validateLegacyCentres(
  mapping: unknown,
  installed: { code: string; variants: { key: string }[] }[],
): string[] {
  const problems: string[] = [];
  const value = mapping as Partial<LegacyCentres> | null;
  if (!value || typeof value !== 'object' || !Array.isArray(value.centres))
    return ['centres must be a list of legacy centre types'];
  const keys = new Set<string>();
  for (const [index, centre] of value.centres.entries()) {
    const where = `centres[${index}]${centre?.key ? ` (${centre.key})` : ''}`;
    if (!centre?.key || !/^[a-z0-9-]+$/.test(centre.key))
      problems.push(`${where}.key must be lowercase letters, digits and dashes`);
    else if (keys.has(centre.key)) problems.push(`${where}.key is used twice`);
    else keys.add(centre.key);
    for (const lang of ['bg', 'en', 'uk'] as const)
      if (!centre?.name?.[lang]) problems.push(`${where}.name.${lang} is required`);
    if (!centre?.text) problems.push(`${where}.text must quote the provision`);
    for (const [i, service] of [...(centre?.services ?? []), ...(centre?.conditional ?? [])].entries()) {
      const plugin = installed.find((p) => p.code === service.pluginCode);
      // A plugin this deployment does not install is not an error: that part of the mapping is simply unavailable.
      if (plugin && !plugin.variants.some((v) => v.key === service.variantKey))
        problems.push(
          `${where}.services[${i}].variantKey ${service.variantKey} is not a variant of ${plugin.code}`,
        );
    }
  }
  return problems;
}
