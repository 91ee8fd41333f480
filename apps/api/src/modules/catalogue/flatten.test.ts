import { describe, expect, it } from 'vitest';
import { flattenCatalogue } from './flatten.ts';

describe('flattenCatalogue', () => {
  it('keeps the footnotes of standards and criteria, not only of indicators, verbatim', () => {
    const items = flattenCatalogue({
      annex: 10,
      code: 'РГД',
      title: 'Стандарти',
      sections: [
        {
          key: 'А',
          title: 'Организация',
          standards: [
            {
              key: '11',
              title: 'Здравеопазване*',
              statement: 'Доставчикът…',
              notes: ['(*) Този стандарт не се проверява за услугите по чл. 11, ал. 2.'],
              criteria: [
                {
                  key: '11.1',
                  statement: 'Критерий',
                  notes: ['(*) Бележка към критерия'],
                  indicators: [{ number: 1, text: 'Индикатор', sources: ['План'] }],
                },
              ],
            },
          ],
        },
      ],
    });
    const byId = new Map(items.map((item) => [item.item_id, item]));
    expect(byId.get('bg-2022/a10/s11')?.notes).toEqual([
      '(*) Този стандарт не се проверява за услугите по чл. 11, ал. 2.',
    ]);
    expect(byId.get('bg-2022/a10/s11/c11.1')?.notes).toEqual(['(*) Бележка към критерия']);
    expect(byId.get('bg-2022/a10/s11/c11.1/i1')?.sources).toEqual(['План']);
  });
});
