import { expect, it } from 'vitest';
import { validateJurisdiction } from '@mera/plugin-sdk';
import bg from './index.ts';

it("is a valid jurisdiction with the Ordinance's staff norms", () => {
  expect(validateJurisdiction(bg)).toEqual([]);
  expect(bg.staffNorms.inductionHours).toBe(36);
  expect(bg.staffNorms.specialisedHours).toEqual({ core: 24, recommended: 24, support: 12 });
});
