import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogueSchema, validatePlugin, type Catalogue } from '@mera/plugin-sdk';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNEXES, pad2 } from './annexes.ts';
import { buildCatalogues, type BuildResult } from './build.ts';
import { countCatalogue } from './counts.ts';
import { handCopiedIndicators, handCopiedOthers } from './fixtures/hand-copied.ts';
import { readSource, repoDir, sha256, SOURCE } from './source.ts';

let built: BuildResult;
let byAnnex: Map<number, Catalogue>;
beforeAll(() => {
  built = buildCatalogues();
  byAnnex = new Map(built.catalogues.map((c) => [c.annex, c]));
});

const annexOf = (n: number): Catalogue => byAnnex.get(n)!;
const indicatorsOf = (c: Catalogue) =>
  c.sections.flatMap((s) => s.standards.flatMap((st) => st.criteria.flatMap((cr) => cr.indicators)));
const criteriaOf = (c: Catalogue) => c.sections.flatMap((s) => s.standards.flatMap((st) => st.criteria));
const standardsOf = (c: Catalogue) => c.sections.flatMap((s) => s.standards);
const lineCount = (text: string) => text.split('\n').length;

/** The extract cut at its "Приложение № N" headings — plain text, no parser. */
function rawAnnexes(): Map<number, string> {
  const parts = readSource().split(/^(?=Приложение № \d+ )/mu);
  return new Map(parts.map((part) => [Number(/^Приложение № (\d+)/u.exec(part)![1]), part]));
}

describe('the committed catalogue files', () => {
  it('are exactly what the builder produces (run `pnpm --filter @mera/catalogue-builder build:catalogue`)', () => {
    expect(built.files).toHaveLength(26);
    for (const file of built.files) {
      const committed = readFileSync(path.join(repoDir, file.path), 'utf8');
      expect(committed === file.content, `${file.path} is stale`).toBe(true);
    }
  });

  it('are the same on every run, and annex 1 is one file for ik and opu', () => {
    expect(buildCatalogues().files).toEqual(built.files);
    const annex1 = built.files.filter((f) => f.path.endsWith('/annex-01.json'));
    expect(annex1.map((f) => f.path)).toEqual([
      'plugins/ik/catalogue/annex-01.json',
      'plugins/opu/catalogue/annex-01.json',
    ]);
    expect(annex1[0]!.content).toBe(annex1[1]!.content);
  });

  it('are built from the byte-identical extract of the seed', () => {
    expect(sha256(readFileSync(path.join(repoDir, 'packages/catalogue-builder', SOURCE.extractFile)))).toBe(
      SOURCE.extractSha256,
    );
    const readme = readFileSync(path.join(repoDir, 'packages/catalogue-builder/README.md'), 'utf8');
    expect(readme).toContain(SOURCE.seedSha256);
    expect(readme).toContain(SOURCE.extractSha256);
  });

  it('cover the 25 annexes, each in its plugin’s folder', () => {
    expect(built.catalogues.map((c) => c.annex)).toEqual(ANNEXES.map((a) => a.annex));
    expect(built.files.map((f) => f.path)).toContain('plugins/behaviour-support/catalogue/annex-09.json');
    expect(built.files.map((f) => f.path)).toContain('plugins/dplu/catalogue/annex-25.json');
  });
});

describe('counts, against plain regular expressions over the raw annex text', () => {
  const raw = rawAnnexes();

  it.each(ANNEXES.map((a) => a.annex))('annex %i', (n) => {
    const text = raw.get(n)!;
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    const catalogue = annexOf(n);
    const counts = countCatalogue(catalogue);
    expect(counts.standards).toBe(count(/^\s*Стандарт\s+[^\s:.]+\s*[:.]/gmu));
    expect(counts.criteria).toBe(count(/^\s*Критерий\s+[^\s.]+\.\d+/gmu));
    expect(counts.indicators).toBe(count(/^\s*\d+\)/gmu));
    expect(counts.notes).toBe(count(/^\s*\(\*+\)/gmu));
    // Every "- …" line is a source, an item of a list inside a criterion or indicator, or of the closing provisions.
    const dashItems = (s: string) => s.split('\n').filter((line) => line.startsWith('- ')).length;
    const listed =
      criteriaOf(catalogue).reduce((sum, cr) => sum + dashItems(cr.statement), 0) +
      indicatorsOf(catalogue).reduce((sum, i) => sum + dashItems(i.text), 0) +
      (catalogue.closingProvisions ?? []).reduce((sum, p) => sum + dashItems(p), 0);
    const emptyDashes = (catalogue.defects ?? []).filter((d) => d.kind === 'empty-item').length;
    expect(counts.sources + listed + emptyDashes).toBe(count(/^-/gmu));
    // Sub-item bullets (printed o / о / ? / ?? / 0) all end up as "• " lines.
    const bullets = JSON.stringify(catalogue).split('\\n• ').length - 1;
    expect(bullets).toBe(count(/^(?:[oо0][\s\u00a0]+|\?\??[\s\u00a0]*)[а-яА-Я]/gmu));
    expect(catalogue.footnotes?.length ?? 0).toBe(count(/^\d+ ?[А-Я]/gmu));
  });

  it('every non-blank line of every annex is accounted for in its catalogue', () => {
    for (const [n, text] of raw) {
      const catalogue = annexOf(n);
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      const headers = lines.filter((l) =>
        /^\s*(Индикатор|Източник на информация|Индикатори:)\s*$/u.test(l),
      ).length;
      const separators = lines.filter((l) => /^_{5,}\s*$/u.test(l)).length;
      const defects = catalogue.defects ?? [];
      const skipped = defects.filter((d) => d.kind === 'empty-item' || d.kind === 'wrapped-title').length;
      let accounted = 1 + catalogue.titleLines!.length; // the heading and the title
      for (const section of catalogue.sections) {
        if (!section.synthetic) accounted += 1;
        for (const standard of section.standards) {
          accounted += 2 + (standard.notes?.length ?? 0);
          for (const criterion of standard.criteria) {
            accounted += lineCount(criterion.statement) + (criterion.notes?.length ?? 0);
            for (const indicator of criterion.indicators)
              accounted +=
                lineCount(indicator.text) +
                indicator.sources.reduce((sum, s) => sum + lineCount(s), 0) +
                (indicator.notes?.length ?? 0);
          }
        }
      }
      accounted += (catalogue.closingProvisions ?? []).reduce((sum, p) => sum + lineCount(p), 0);
      accounted += catalogue.footnotes?.length ?? 0;
      expect(accounted + headers + separators + skipped, `annex ${n}`).toBe(lines.length);
    }
  });

  it('every line’s words are in its annex’s catalogue, verbatim, once', () => {
    const strip = (l: string) => l.replace(/^(- |• )/u, '');
    for (const [n, text] of raw) {
      const catalogue = annexOf(n);
      const bag = new Map<string, number>();
      const add = (s: string) => bag.set(s, (bag.get(s) ?? 0) + 1);
      add(`Приложение № ${n} ${catalogue.heading}`);
      catalogue.titleLines!.forEach(add);
      for (const section of catalogue.sections) {
        if (!section.synthetic) add(section.title);
        for (const standard of section.standards) {
          [standard.title, standard.statement!, ...(standard.notes ?? [])].forEach(add);
          for (const criterion of standard.criteria) {
            [...criterion.statement.split('\n').map(strip), ...(criterion.notes ?? [])].forEach(add);
            for (const indicator of criterion.indicators) {
              indicator.text.split('\n').map(strip).forEach(add);
              indicator.sources.flatMap((source) => source.split('\n').map(strip)).forEach(add);
              (indicator.notes ?? []).forEach(add);
            }
          }
        }
      }
      (catalogue.closingProvisions ?? []).flatMap((p) => p.split('\n').map(strip)).forEach(add);
      (catalogue.footnotes ?? []).forEach((f) => add(f.text));
      const wrapped = (catalogue.defects ?? []).some((d) => d.kind === 'wrapped-title');
      const missing = text
        .split('\n')
        .map((line) => line.replace(/\s+/gu, ' ').trim())
        .filter((t) => t && !/^(Индикатор|Източник на информация|Индикатори:|_{5,}|-)$/u.test(t))
        .map((t) =>
          t.startsWith('Приложение №')
            ? t
            : t
                .replace(
                  /^(Стандарт [^\s:.]+ ?[:.] ?|Критерий [^\s.]+\.\d+ ?[:.] ?|[АБВ]\. |\d+\) ?|- ?|(?:\?\??|o|о|0)(?: |(?=[^ ?]))|\d+ ?(?=[А-Я]))/u,
                  '',
                )
                .replace(/^\(\*\) ?/u, '(*) '),
        )
        .filter((t) => {
          const count = bag.get(t) ?? 0;
          bag.set(t, count - 1);
          return count === 0;
        });
      // Annex 17's title is printed over two lines and joined into one.
      expect(missing, `annex ${n}`).toHaveLength(wrapped ? 2 : 0);
    }
  });

  it('match the domain map’s census give or take a few', () => {
    const total = (pick: (c: ReturnType<typeof countCatalogue>) => number) =>
      built.catalogues.reduce((sum, c) => sum + pick(countCatalogue(c)), 0);
    expect(Math.abs(total((c) => c.standards) - 389)).toBeLessThanOrEqual(10);
    expect(Math.abs(total((c) => c.criteria) - 1026)).toBeLessThanOrEqual(10);
    expect(Math.abs(total((c) => c.indicators) - 4070)).toBeLessThanOrEqual(10);
  });
});

describe('texts, against indicators copied by hand from the seed', () => {
  it('has a fixture spread over the annexes', () => {
    expect(handCopiedIndicators.length).toBeGreaterThanOrEqual(30);
    expect(new Set(handCopiedIndicators.map((f) => f.annex)).size).toBe(25);
  });

  it.each(handCopiedIndicators.map((f) => [f.annex, f.number, f] as const))(
    'annex %i, indicator %i',
    (annex, number, fixture) => {
      const indicator = indicatorsOf(annexOf(annex)).find((i) => i.number === number);
      const expected: Record<string, unknown> = { number, text: fixture.text, sources: fixture.sources };
      if (fixture.printedNumber) expected['printedNumber'] = fixture.printedNumber;
      if (fixture.notes) expected['notes'] = fixture.notes;
      expect(indicator).toEqual(expected);
    },
  );

  it('keeps footnotes under standards, criteria lists and bullets', () => {
    for (const other of handCopiedOthers) {
      const standard = standardsOf(annexOf(other.annex)).find((s) => s.key === other.standard)!;
      expect(standard.title).toBe(other.title);
      if ('statement' in other) expect(standard.statement).toBe(other.statement);
      expect(standard.notes).toEqual(other.notes);
    }
    const admission = criteriaOf(annexOf(22)).find((c) => c.key === '11.1')!;
    expect(admission.statement.split('\n')).toEqual([
      'При приемане на потребител в ОПБМР доставчикът на социалната услуга изисква следните задължителни документи:*',
      '- Направление/Заповед за ползване на социални услуги/ПОП на директора на дирекция "Социално подпомагане";',
      '- Социален доклад на дирекция "Социално подпомагане" (при деца в риск);',
      '- План за действие на дирекция "Социално подпомагане" (при деца в риск);',
      '- Медицинско удостоверение от лекуващия лекар на бременната, детето или майката за моментното здравно състояние, наличие на хронични заболявания, както и че не са били в контакт със заразно болни/заразоносителство, придружени от резултатите от изследвания за:',
      '• кръвни изследвания - сифилис, СПИН, хепатит;',
      '• бацилоносителство;',
      '- При настаняване в ОПБМР на майка с бебе, изписана от родилно отделение, се представят резултатите от изследванията, направени в лечебното заведение и епикриза.',
    ]);
    expect(admission.notes).toEqual([
      '(*) В изключителни случаи на спешно настаняване на потребител се допуска то да се извърши без изискващите се медицински документи.',
    ]);
  });

  it('closes every annex but 9 with the provisions on combined services and volunteers', () => {
    for (const catalogue of built.catalogues) {
      const paragraphs = catalogue.closingProvisions ?? [];
      if (catalogue.annex === 9) {
        expect(paragraphs).toEqual([]);
        continue;
      }
      expect(paragraphs[0], `annex ${catalogue.annex}`).toMatch(/предоставя/u);
      expect(paragraphs.at(-1), `annex ${catalogue.annex}`).toMatch(/доброволци/u);
    }
  });

  it('reads annex 9’s Latin "A" as the Cyrillic "А" and gives it one section', () => {
    const annex9 = annexOf(9);
    expect(annex9.sections).toHaveLength(1);
    expect(annex9.sections[0]).toMatchObject({ key: '0', synthetic: true });
    expect(standardsOf(annex9).map((s) => [s.key, s.printedKey])).toEqual([
      ['А', 'A'],
      ['Б', undefined],
      ['В', undefined],
      ['Г', undefined],
    ]);
    expect(criteriaOf(annex9).map((c) => c.key)).toEqual(['А.1', 'Б.1', 'Б.2', 'В.1', 'Г.1', 'Г.2']);
  });
});

describe('the catalogue contract', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  formats.default(ajv);
  const validate = ajv.compile(catalogueSchema);

  it('every file validates against the SDK’s JSON Schema', () => {
    for (const file of built.files) {
      const valid = validate(JSON.parse(file.content));
      expect(valid ? [] : validate.errors, file.path).toEqual([]);
    }
  });

  it('every catalogue passes validatePlugin as a plugin variant', () => {
    const manifest = {
      code: 'catalogue-check',
      name: { bg: 'Проверка', en: 'Check', uk: 'Перевірка' },
      variants: built.catalogues.map((catalogue) => ({
        key: `a${pad2(catalogue.annex)}`,
        annex: catalogue.annex,
        catalogue,
      })),
    };
    expect(validatePlugin(manifest)).toEqual([]);
  });

  it('the ids the core derives are unique', () => {
    const ids = new Set<string>();
    let count = 0;
    for (const catalogue of built.catalogues) {
      const annex = `bg-2022/a${pad2(catalogue.annex)}`;
      for (const section of catalogue.sections) {
        ids.add(`${annex}/${section.key}`);
        count++;
        for (const standard of section.standards) {
          const s = `${annex}/s${standard.key}`;
          ids.add(s);
          count++;
          for (const criterion of standard.criteria) {
            const c = `${s}/c${criterion.key}`;
            ids.add(c);
            count++;
            for (const indicator of criterion.indicators) {
              ids.add(`${c}/i${indicator.number}`);
              count++;
            }
          }
        }
      }
      // Indicators are numbered 1..n through the annex.
      expect(indicatorsOf(catalogue).map((i) => i.number)).toEqual(
        indicatorsOf(catalogue).map((_, index) => index + 1),
      );
    }
    expect(ids.size).toBe(count);
    expect(ids).toContain('bg-2022/a02/s1/c1.1/i1');
    expect(ids).toContain('bg-2022/a09/sА/cА.1/i1');
    expect(ids).toContain('bg-2022/a20/s2/c2.4/i20');
  });
});

describe('docs/catalogue.md', () => {
  it('lists every recorded defect’s line in its table', () => {
    const docs = readFileSync(path.join(repoDir, 'docs/catalogue.md'), 'utf8');
    const table = docs.slice(docs.indexOf('<!-- defects -->'), docs.indexOf('<!-- /defects -->'));
    const documented = new Set(
      table
        .split('\n')
        .filter((row) => row.startsWith('|'))
        .flatMap((row) =>
          [...(row.split('|')[2] ?? '').matchAll(/\d+/gu)].map((m) => `${row.split('|')[1]!.trim()}:${m[0]}`),
        ),
    );
    const missing = built.catalogues.flatMap((c) =>
      (c.defects ?? []).map((d) => `${c.annex}:${d.line}`).filter((key) => !documented.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
