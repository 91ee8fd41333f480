import { conformance } from '@mera/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin from './index.ts';

describe('plugin ap', () => {
  it('conforms to the plugin contract (validator and conformance kit)', () => {
    expect(conformance(plugin, '@mera/plugin-ap')).toEqual([]);
  });

  it("has one variant per annex it covers, each with the Ordinance's own text", () => {
    expect(plugin.variants.map((variant) => [variant.key, variant.annex, variant.catalogue.annex])).toEqual([
      ['specialised', 24, 24],
    ]);
    for (const variant of plugin.variants) expect(variant.catalogue.sections.length).toBeGreaterThan(0);
  });

  it('carries the rules its annexes state (capacity, staffing coefficient, fill rate, duration)', () => {
    expect(
      plugin.variants.map((variant) => [variant.key, (variant.rules ?? []).map((rule) => rule.id)]),
    ).toEqual([['specialised', ['staffing-fill-rate']]]);
    for (const variant of plugin.variants)
      for (const rule of variant.rules ?? []) {
        const result = rule.evaluate({});
        expect(result.status, `${variant.key} ${rule.id} without facts`).toBe('warning');
        expect(Object.keys(result.message).sort()).toEqual(['bg', 'en', 'uk']);
        expect(rule.basis.text.length).toBeGreaterThan(10);
      }
  });
});
