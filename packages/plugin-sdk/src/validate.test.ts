import { describe, expect, it } from 'vitest';
import { capacity } from './rules.ts';
import { ordinanceScoring } from './scoring.ts';
import { assertValidPlugin, InvalidPluginError, validatePlugin } from './validate.ts';
import { defineServicePlugin } from './define.ts';

const catalogue = {
  annex: 2,
  code: 'ИК',
  title: 'Стандарти',
  sections: [
    {
      key: 'А',
      title: 'Организация',
      standards: [
        {
          key: '1',
          title: 'Управление',
          criteria: [
            {
              key: '1.1',
              statement: 'Критерий',
              indicators: [{ number: 1, text: 'Индикатор', sources: ['Документ'] }],
            },
          ],
        },
      ],
    },
  ],
};

const valid = defineServicePlugin({
  code: 'ik',
  name: {
    bg: 'Информиране и консултиране',
    en: 'Information and counselling',
    uk: 'Інформування та консультування',
  },
  variants: [{ key: 'specialised', annex: 2, catalogue }],
  rules: [
    capacity({ min: 10, max: 40, source: 'bg-2022/a02', text: 'Минимален брой … 10 … максимален брой … 40' }),
  ],
  scoring: ordinanceScoring,
});

describe('validatePlugin', () => {
  it('accepts a well-formed plugin', () => {
    expect(validatePlugin(valid)).toEqual([]);
    expect(assertValidPlugin(valid)).toBe(valid);
  });

  it('names the plugin, the field and the rule for each problem', () => {
    const broken = {
      ...valid,
      name: { bg: 'Б', en: '', uk: 'У' },
      variants: [
        {
          key: 'specialised',
          annex: 2,
          catalogue: { ...catalogue, sections: [{ ...catalogue.sections[0], standards: [] }] },
        },
      ],
      rules: [{ id: 'x', evaluate: 'not a function' }],
    };
    expect(validatePlugin(broken)).toEqual([
      { plugin: 'ik', field: 'name.en', rule: 'must be a non-empty text' },
      { plugin: 'ik', field: 'variants[0].catalogue.sections[0].standards', rule: 'must not be empty' },
      { plugin: 'ik', field: 'rules[0].evaluate', rule: 'must be a function' },
      { plugin: 'ik', field: 'rules[0].basis', rule: 'must quote the Ordinance’s text and name its source' },
    ]);
    expect(() => assertValidPlugin(broken)).toThrow(InvalidPluginError);
    expect(() => assertValidPlugin(broken)).toThrow('plugin ik: name.en must be a non-empty text');
  });

  it('refuses repeated variant keys and repeated ids', () => {
    const indicators = [
      { id: 'bg-2022/a02/s1/c1.1/i1', number: 1, text: 'А', sources: [] },
      { id: 'bg-2022/a02/s1/c1.1/i1', number: 2, text: 'Б', sources: [] },
    ];
    const repeated = {
      ...valid,
      variants: [
        {
          key: 'v',
          annex: 2,
          catalogue: {
            ...catalogue,
            sections: [
              {
                key: 'А',
                title: 'А',
                standards: [{ key: '1', title: 'С', criteria: [{ key: '1.1', statement: 'К', indicators }] }],
              },
            ],
          },
        },
        { key: 'v', annex: 2, catalogue },
      ],
    };
    expect(validatePlugin(repeated).map((p) => `${p.field} ${p.rule}`)).toEqual([
      'variants[0].catalogue.sections[0].standards[0].criteria[0].indicators[1].id repeats the id "bg-2022/a02/s1/c1.1/i1"',
      'variants[1].key repeats "v"',
    ]);
  });
});

describe('ordinance scoring', () => {
  it('counts met fully and partly met half, leaving out what does not apply', () => {
    expect(ordinanceScoring.score(['met', 'partly_met', 'not_met', 'not_applicable'])).toBe(50);
    expect(ordinanceScoring.score(['met', 'met', 'partly_met'])).toBe(83.3);
    expect(ordinanceScoring.score(['not_applicable'])).toBeNull();
  });
});
