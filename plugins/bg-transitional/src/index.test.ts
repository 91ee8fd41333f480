import { readFileSync } from 'node:fs';
import { validateLegacyCentres } from '@mera/plugin-sdk';
import { describe, expect, it } from 'vitest';
import mapping from './index.ts';

const source = readFileSync(new URL('../source/transitional-provisions.txt', import.meta.url), 'utf8');
const installed = await Promise.all(
  ['ik', 'zp', 'mpor', 'tr', 'opu', 'pptu', 'dg', 'behaviour-support', 'rg', 'izsu', 'op', 'ap', 'dplu'].map(
    async (code) =>
      (
        (await import(`../../${code}/src/index.ts`)) as {
          default: { code: string; variants: { key: string }[] };
        }
      ).default,
  ),
);

describe('the transitional provisions as data', () => {
  it('covers § 1 al. 1–30 (al. 31 as the add-on), § 2 and § 3, and every reference is a real plugin variant', () => {
    expect(mapping.centres.map((centre) => centre.basis)).toEqual([
      ...Array.from({ length: 30 }, (_, i) => `§ 1, ал. ${i + 1}`),
      '§ 2, ал. 1',
      '§ 3, ал. 1',
    ]);
    expect(validateLegacyCentres(mapping, installed)).toEqual([]);
    for (const centre of mapping.centres)
      for (const service of [...centre.services, ...centre.conditional])
        expect(
          installed.map((p) => p.code),
          centre.key,
        ).toContain(service.pluginCode);
  });

  it('quotes every paragraph and list item verbatim', () => {
    for (const centre of mapping.centres) {
      expect(source, centre.key).toContain(centre.text);
      for (const service of centre.services.filter((s) => s.item !== 'приложение № 25'))
        expect(source, `${centre.key}: ${service.item}`).toContain(service.item);
      for (const conditional of centre.conditional) expect(source, centre.key).toContain(conditional.text);
    }
  });

  it('gives a community support centre (ЦОП) exactly the set § 1 al. 11 prescribes', () => {
    const tsop = mapping.centres.find((centre) => centre.basis === '§ 1, ал. 11');
    expect(
      tsop?.services.map(
        (s) => `${s.pluginCode}/${s.variantKey}${s.scope === 'full' ? '' : ` (${s.scope})`}`,
      ),
    ).toEqual([
      'ik/general-access',
      'ik/specialised',
      'mpor/community',
      'zp/specialised',
      'tr/specialised (therapy-only)',
      'opu/general-access',
      'opu/specialised',
    ]);
    // Shelter for child victims only where the centre has an emergency placement unit.
    expect(tsop?.conditional.map((c) => `${c.pluginCode}/${c.variantKey}`)).toEqual(['op/children-violence']);
  });

  it('adds the annex 9 standard where needed in the centres of § 1 al. 1–8 and 12–19, and § 2', () => {
    const withAddOn = mapping.centres
      .filter((centre) => centre.conditional.some((c) => c.pluginCode === 'behaviour-support'))
      .map((centre) => centre.basis);
    expect(withAddOn).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19].map((al) => `§ 1, ал. ${al}`),
      '§ 2, ал. 1',
    ]);
  });
});
