import type { Catalogue } from '@mera/plugin-sdk';
import { describe, expect, it } from 'vitest';
// The plugins import their files like this; `satisfies` makes `pnpm typecheck` prove the JSON fits the SDK's type.
import annex01 from '../../../plugins/ik/catalogue/annex-01.json' with { type: 'json' };
import annex09 from '../../../plugins/behaviour-support/catalogue/annex-09.json' with { type: 'json' };
import annex20 from '../../../plugins/op/catalogue/annex-20.json' with { type: 'json' };
import annex22 from '../../../plugins/op/catalogue/annex-22.json' with { type: 'json' };

const typed = [annex01, annex09, annex20, annex22] satisfies Catalogue[];

describe('a catalogue file imported as a JSON module', () => {
  it('is a Catalogue of the SDK', () => {
    expect(typed.map((c) => c.annex)).toEqual([1, 9, 20, 22]);
  });
});
