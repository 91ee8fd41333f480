import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { footnoteRules } from './footnotes.ts';
import type { Catalogue } from './types.ts';

const annex = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../plugins/${path}`, import.meta.url), 'utf8')) as Catalogue;

describe('footnoteRules', () => {
  it('reads capacity, staffing coefficient and fill rate from annex 2 (ИК), quoting the Ordinance', () => {
    const rules = footnoteRules(annex('ik/catalogue/annex-02.json'));
    expect(rules.map((rule) => [rule.id, rule.basis.source])).toEqual([
      ['staffing-fill-rate', 'bg-2022/a02/s9/c9.1/i71'],
      ['capacity', 'bg-2022/a02/s9/c9.1/i73'],
      ['staffing-coefficient', 'bg-2022/a02/s9/c9.1/i73'],
    ]);
    const capacity = rules.find((rule) => rule.id === 'capacity');
    expect(capacity?.basis.text).toBe(
      '(*) Минимален брой на лицата, ползващи социалната услуга - 4, и максимален брой лица, ползващи социалната услуга - 35.',
    );
    expect(capacity?.evaluate({ capacity: 36 }).status).toBe('fail');
    expect(capacity?.evaluate({ capacity: 35 }).status).toBe('pass');
    expect(capacity?.evaluate({ capacity: 3 }).status).toBe('fail');
    const coefficient = rules.find((rule) => rule.id === 'staffing-coefficient');
    expect(coefficient?.evaluate({ currentUsers: 30, staffCount: 3 }).status).toBe('pass');
    expect(coefficient?.evaluate({ currentUsers: 31, staffCount: 3 }).status).toBe('fail');
  });

  it('applies a minimum head count where the annex gives one (annex 18: 0,2, at least 4 staff)', () => {
    const coefficient = footnoteRules(annex('op/catalogue/annex-18.json')).find(
      (rule) => rule.id === 'staffing-coefficient',
    );
    expect(coefficient?.evaluate({ currentUsers: 10, staffCount: 3 }).status).toBe('fail');
    expect(coefficient?.evaluate({ currentUsers: 10, staffCount: 4 }).status).toBe('pass');
  });

  it('takes the larger maximum where it depends on the target group (annex 12: 20/30)', () => {
    const capacity = footnoteRules(annex('rg/catalogue/annex-12.json')).find(
      (rule) => rule.id === 'capacity',
    );
    expect(capacity?.evaluate({ capacity: 30 }).status).toBe('pass');
    expect(capacity?.evaluate({ capacity: 31 }).status).toBe('fail');
    expect(capacity?.basis.text).toContain('20 за лица с психични разстройства');
  });

  it('reads a full staffing plan where the annex asks for all of it (annex 3: 100%; annex 14: "запълнено.")', () => {
    for (const path of ['zp/catalogue/annex-03.json', 'rg/catalogue/annex-14.json']) {
      const fill = footnoteRules(annex(path)).find((rule) => rule.id === 'staffing-fill-rate');
      expect(fill?.evaluate({ positionsPlanned: 4, positionsFilled: 3 }).status, path).toBe('fail');
      expect(fill?.evaluate({ positionsPlanned: 4, positionsFilled: 4 }).status, path).toBe('pass');
    }
  });

  it('finds nothing where the annex has no such requirement (annex 9, the add-on)', () => {
    expect(footnoteRules(annex('behaviour-support/catalogue/annex-09.json'))).toEqual([]);
  });
});
