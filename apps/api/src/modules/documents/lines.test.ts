import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverPlugins } from '../catalogue/index.ts';
import { measureText } from './columns.ts';
import { breakLines } from './lines.ts';

const PLUGINS = fileURLToPath(new URL('../../../../../plugins', import.meta.url));

/** Every text of every variant of every installed plugin that a report may put in a table or a paragraph. */
async function catalogueTexts(): Promise<string[]> {
  const texts = new Set<string>();
  for (const plugin of await discoverPlugins(PLUGINS))
    for (const { catalogue } of plugin.variants) {
      texts.add(catalogue.title);
      for (const section of catalogue.sections)
        for (const standard of section.standards) {
          texts.add(standard.title);
          for (const criterion of standard.criteria) {
            texts.add(criterion.statement);
            for (const indicator of criterion.indicators) {
              texts.add(indicator.text);
              for (const note of indicator.notes ?? []) texts.add(note);
            }
          }
        }
    }
  return [...texts];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('breaking a text into lines (the PDF draws them as they are)', () => {
  it('keeps every word of every catalogue text, in order, on lines no wider than the column', async () => {
    const texts = await catalogueTexts();
    expect(texts.length).toBeGreaterThan(1000);
    // The report's indicator column, a narrow column, the page's width (points), regular and bold.
    for (const width of [222, 90, 483])
      for (const bold of [false, true])
        for (const text of texts) {
          const lines = breakLines(text, width, bold, 9);
          for (const line of lines)
            expect(line.width, `"${line.text}" at ${width} pt`).toBeLessThanOrEqual(width + 0.01);
          // Cut words (wider than the column) are the only difference: joined back, the text reads the same.
          const kept = lines.map((line) => line.text).join(' ');
          if (words(text).every((word) => measureText(word, bold, 9) <= width))
            expect(words(kept)).toEqual(words(text));
          else expect(kept.replace(/\s/g, '')).toEqual(text.replace(/\s/g, ''));
        }
  });

  it('fills a line as far as the next word fits, and measures what it holds', () => {
    const text = 'Доставчикът е осигурил подходящи условия/средства за придвижване на служителите.';
    const lines = breakLines(text, 150, false, 9);
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(line.width).toBeCloseTo(measureText(line.text, false, 9), 0);
      expect(line.words).toBe(words(line.text).length);
      const next = lines[i + 1];
      // The next line's first word would not have fitted on this one.
      if (next) expect(measureText(`${line.text} ${words(next.text)[0]}`, false, 9)).toBeGreaterThan(150);
    }
  });

  it('starts a line where the text does, keeps its empty lines, and cuts a word longer than the column', () => {
    expect(breakLines('Първи ред\n\nтрети ред', 400, false, 10).map((line) => line.text)).toEqual([
      'Първи ред',
      '',
      'трети ред',
    ]);
    // A no-break space holds its words on one line, as the column fitting (wordsOf) and Word count them.
    const lines = breakLines('по чл.\u00a025, ал.\u00a01 от Наредбата', 40, false, 9).map(
      (line) => line.text,
    );
    expect(lines.some((line) => line.includes('чл.\u00a025,'))).toBe(true);
    expect(lines.some((line) => line.includes('ал.\u00a01'))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    const address = 'https://mera.example/t/0196a8c2-3f41-7000-8000-000000000000/reports';
    const cut = breakLines(address, 60, false, 9);
    expect(cut.length).toBeGreaterThan(2);
    expect(cut.map((line) => line.text).join('')).toBe(address);
    for (const line of cut) expect(line.width).toBeLessThanOrEqual(60);
  });
});
