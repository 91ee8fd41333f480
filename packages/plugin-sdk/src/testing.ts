// The suite every service plugin's own test runs: the contract, one variant per annex, and the rules its annexes state.
// Shared here so that a new plugin states only what is its own (its annexes and rule ids), not how they are checked.
import { describe, expect, it } from 'vitest';
import { conformance } from './conformance.ts';
import type { ServicePluginManifest } from './types.ts';

/** The rules nearly every annex states: fill rate, capacity and staffing coefficient (in that order). */
export const staffingRules = ['staffing-fill-rate', 'capacity', 'staffing-coefficient'];

/** One variant as the plugin's test expects it: its key, the annex it covers, and the ids of its rules. */
export type ExpectedVariant = [key: string, annex: number, ruleIds: string[]];

export function describeServicePlugin(
  plugin: ServicePluginManifest,
  packageName: string,
  expected: ExpectedVariant[],
): void {
  describe(`plugin ${plugin.code}`, () => {
    it('conforms to the plugin contract (validator and conformance kit)', () => {
      expect(conformance(plugin, packageName)).toEqual([]);
    });

    it("has one variant per annex it covers, each with the Ordinance's own text", () => {
      expect(plugin.variants.map((variant) => [variant.key, variant.annex, variant.catalogue.annex])).toEqual(
        expected.map(([key, annex]) => [key, annex, annex]),
      );
      for (const variant of plugin.variants) expect(variant.catalogue.sections.length).toBeGreaterThan(0);
    });

    it('carries the rules its annexes state (capacity, staffing coefficient, fill rate, duration)', () => {
      expect(
        plugin.variants.map((variant) => [variant.key, (variant.rules ?? []).map((rule) => rule.id)]),
      ).toEqual(expected.map(([key, , ruleIds]) => [key, ruleIds]));
      for (const variant of plugin.variants)
        for (const rule of variant.rules ?? []) {
          const result = rule.evaluate({});
          expect(result.status, `${variant.key} ${rule.id} without facts`).toBe('warning');
          expect(Object.keys(result.message).sort()).toEqual(['bg', 'en', 'uk']);
          expect(rule.basis.text.length).toBeGreaterThan(10);
        }
    });
  });
}
