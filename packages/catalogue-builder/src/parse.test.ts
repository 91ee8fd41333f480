import { describe, expect, it } from 'vitest';
import { buildCatalogues, CatalogueParseError } from './build.ts';
import { parseAnnexes } from './parse.ts';
import { toPrettyJson } from './serialize.ts';
import { readSource, SOURCE } from './source.ts';

/** A small annex; `body` holds the indicators of criterion 1.1, `next` is the number after them. */
const annex = (body: string, next = 3) => `Приложение № 1 към чл. 4

Стандарти и критерии за качество на специализирана социална услуга

Услуга

А. Доставчикът на услугата (У) е длъжен да осигури:
Стандарт 1: Управление
Услугата се управлява.
Критерий 1.1: Доставчикът прилага система.

Индикатор

Източник на информация

${body}
Б. Служители:
Стандарт 2: Служители
Услугата има служители.
Критерий 2.1: Служителите са обучени.
Индикатор
Източник на информация
${next}) Обучени служители.
В. Потребители:
Стандарт 3: Права
Правата се спазват.
Критерий 3.1: Доставчикът познава правата.
Индикатор
Източник на информация
${next + 1}) Права.
- Интервюта
Услугата може да се предоставя комплексно1.
_____
1 Бележка.
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parseAnnexes', () => {
  it('reads a well-formed annex', () => {
    const [parsed] = parseAnnexes(
      annex('1) Едно.\n- Документ\n- Интервю\n2) Две:*\nа) първо;\nб) второ.\n(*) Бележка.'),
    );
    expect(parsed!.sections.map((s) => s.key)).toEqual(['А', 'Б', 'В']);
    const indicators = parsed!.sections[0]!.standards[0]!.criteria[0]!.indicators;
    expect(indicators.map((i) => [i.number, i.text, i.sources, i.notes])).toEqual([
      [1, 'Едно.', ['Документ', 'Интервю'], []],
      [2, 'Две:*\nа) първо;\nб) второ.', [], ['(*) Бележка.']],
    ]);
    expect(parsed!.closingProvisions).toEqual(['Услугата може да се предоставя комплексно1.']);
    expect(parsed!.footnotes).toEqual([{ marker: '1', text: 'Бележка.' }]);
  });

  it('fails on a line it cannot place, naming the line', () => {
    const text = annex('1) Едно.\n- Документ\nНещо непознато посред индикаторите\n2) Две.');
    expect(() => parseAnnexes(text)).toThrow(CatalogueParseError);
    expect(() => parseAnnexes(text)).toThrow(`line ${lineOf(text, 'Нещо непознато')}:`);
  });

  it('fails on a criterion without the indicator header, a footnote without its marker, a skipped standard', () => {
    const noHeader = annex('1) Едно.', 2).replace(
      'Критерий 2.1: Служителите са обучени.\nИндикатор\n',
      'Критерий 2.1: Служителите са обучени.\n',
    );
    expect(() => parseAnnexes(noHeader)).toThrow(
      `line ${lineOf(noHeader, 'Критерий 2.1') + 1}: expected "Индикатор"`,
    );
    const footnote = annex('1) Едно.\n(**) Бележка без звездички в текста.', 2);
    expect(() => parseAnnexes(footnote)).toThrow(`line ${lineOf(footnote, '(**)')}: a footnote (**)`);
    const skipped = annex('1) Едно.', 2).replace('Стандарт 2: Служители', 'Стандарт 5: Служители');
    expect(() => parseAnnexes(skipped)).toThrow('standard 5 where standard 2 was expected');
  });

  it('keeps one misprinted indicator number, refuses a lost numbering', () => {
    const [parsed] = parseAnnexes(annex('1) Едно.\n17) Две.'));
    expect(parsed!.defects).toContainEqual(
      expect.objectContaining({ kind: 'misnumbered-indicator', printed: '17)' }),
    );
    expect(parsed!.sections[0]!.standards[0]!.criteria[0]!.indicators[1]).toMatchObject({
      number: 2,
      printedNumber: 17,
    });
    expect(() => parseAnnexes(annex('1) Едно.\n17) Две.').replace('3) Обучени', '18) Обучени'))).toThrow(
      'indicator 18 after the misnumbered 17',
    );
  });

  it('records odd white space, bullets and empty items instead of dropping them silently', () => {
    const [parsed] = parseAnnexes(
      annex('1) Едно\u00a0\u00a0две.\u00a0\n- Разписание:\n? основни специалисти;\n??помощници\n-', 2),
    );
    const indicator = parsed!.sections[0]!.standards[0]!.criteria[0]!.indicators[0]!;
    expect(indicator.text).toBe('Едно две.');
    expect(indicator.sources).toEqual(['Разписание:\n• основни специалисти;\n• помощници']);
    expect(parsed!.defects.map((d) => d.kind)).toEqual([
      'odd-whitespace',
      'bullet-glyph',
      'bullet-glyph',
      'empty-item',
    ]);
  });

  it('fails when the closing provisions are followed by more standards', () => {
    const text = annex('1) Едно.', 2).replace('_____\n', 'Стандарт 4: Още\n_____\n');
    expect(() => parseAnnexes(text)).toThrow(
      `line ${lineOf(text, 'Стандарт 4')}: standards, criteria or indicators after`,
    );
  });
});

describe('buildCatalogues', () => {
  it('fails with the seed’s line number when a line of the real text cannot be placed', () => {
    const lines = readSource().split('\n');
    const at = lines.indexOf('- Интервюта със служители', 100);
    lines.splice(at + 1, 0, 'Непознат ред');
    const seedLine = SOURCE.firstSeedLine + at + 1;
    expect(() => buildCatalogues(lines.join('\n'))).toThrow(`line ${seedLine}:`);
  });
});

describe('toPrettyJson', () => {
  it('prints as Prettier does: short arrays of values on one line, objects expanded', () => {
    expect(toPrettyJson({ a: ['x', 'y'], b: [], c: [{ d: 1 }] })).toBe(
      '{\n  "a": ["x", "y"],\n  "b": [],\n  "c": [\n    {\n      "d": 1\n    }\n  ]\n}\n',
    );
    expect(toPrettyJson({ a: ['x'.repeat(60), 'y'.repeat(40)] })).toBe(
      `{\n  "a": [\n    "${'x'.repeat(60)}",\n    "${'y'.repeat(40)}"\n  ]\n}\n`,
    );
  });
});
