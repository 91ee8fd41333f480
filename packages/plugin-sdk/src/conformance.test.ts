import { describe, expect, it } from 'vitest';
import { conformance } from './conformance.ts';
import { capacity } from './rules.ts';
import type { Rule, ServicePluginManifest } from './types.ts';

const catalogue = {
  annex: 99,
  code: 'ТЕСТ',
  title: 'Пробно приложение',
  sections: [
    {
      key: 'А',
      title: 'Раздел',
      standards: [
        {
          key: '1',
          title: 'Стандарт',
          criteria: [
            {
              key: '1.1',
              statement: 'Критерий',
              indicators: [{ number: 1, text: 'Индикатор', sources: [] }],
            },
          ],
        },
      ],
    },
  ],
};

const plugin = (rules: Rule[]): ServicePluginManifest => ({
  code: 'test',
  name: { bg: 'Проба', en: 'Test', uk: 'Проба' },
  variants: [{ key: 'one', annex: 99, catalogue, rules }],
});

describe('conformance', () => {
  it('passes a plugin whose rules are pure and speak three languages', () => {
    expect(
      conformance(plugin([capacity({ min: 1, max: 5, source: 'x', text: '(*) Минимален брой - 1' })])),
    ).toEqual([]);
  });

  it('names a rule that depends on the clock, one that throws, and one without a translation', () => {
    let calls = 0;
    const impure: Rule = {
      id: 'impure',
      basis: { text: 'текст', source: 'x' },
      evaluate: () => ({
        rule: 'impure',
        status: calls++ % 2 ? 'pass' : 'fail',
        message: { bg: 'а', en: 'a', uk: 'а' },
        source: 'x',
      }),
    };
    const throwing: Rule = {
      id: 'throwing',
      basis: { text: 'текст', source: 'x' },
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const untranslated: Rule = {
      id: 'untranslated',
      basis: { text: 'текст', source: 'x' },
      evaluate: () => ({
        rule: 'untranslated',
        status: 'pass',
        message: { bg: 'да', en: '', uk: 'так' },
        source: 'x',
      }),
    };
    const problems = conformance(plugin([impure, throwing, untranslated]));
    expect(problems.some((p) => p.includes('rules.impure') && p.includes('pure'))).toBe(true);
    expect(problems.some((p) => p.includes('rules.throwing') && p.includes('throws'))).toBe(true);
    expect(problems.some((p) => p.includes('rules.untranslated') && p.includes('no en message'))).toBe(true);
  });
});
