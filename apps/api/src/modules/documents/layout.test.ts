import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { brokenWords, pdfLines, sparsePages } from '../../testing/pdf-layout.ts';
import type { Block, ReportDocument } from './blocks.ts';
import { fitColumns, measureText, wordsOf } from './columns.ts';
import { DOCX_CELL_MARGIN, renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';

/**
 * The document engine lays pages out as a person would (issue 14), measured on the rendered pages: no table header
 * broken inside a word (PDF and DOCX), no page left with a lone bullet or heading, whatever falls where.
 */

// The quality-system document's table of services, whose header read "Капацит ет / потреби тели".
const SERVICES: Extract<Block, { type: 'table' }> = {
  type: 'table',
  columns: ['Услуга', 'Вид (стандарти)', 'Адрес', 'Капацитет / потребители', 'Финансиране'],
  widths: [0.24, 0.28, 0.2, 0.13, 0.15],
  rows: Array.from({ length: 6 }, (_, i) => [
    `Център за обществена подкрепа „Надежда“ № ${i + 1}`,
    'Информиране и консултиране (Приложение № 2)',
    'Монтана, ул. „Извора“ 3',
    '30 / 27',
    'делегирана от държавата дейност',
  ]),
};

const filler = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'paragraph',
    text: `Абзац ${i + 1}: текст, който заема един или два реда от страницата, за да падне следващото на различно място.`,
  }));

const ITEMS = [
  'Проведени са всички планирани периодични проверки.',
  'Анкетите сред потребителите са обработени и обсъдени на екипна среща.',
  'Мерките от програмата са изпълнени в срок.',
  'Персоналът е преминал въвеждащо обучение.',
  'Документите в регистъра са прегледани.',
];

const document = (blocks: Block[]): ReportDocument => ({
  title: 'Годишен доклад',
  meta: [['Доставчик', 'Сдружение „Проба“']],
  blocks,
});

describe('the PDF', () => {
  it('never breaks a header word, and gives each column at least its longest word', async () => {
    const pages = await pdfLines(await renderPdf(document([SERVICES]), new Date('2026-12-07T10:00:00Z')));
    expect(brokenWords(pages, SERVICES.columns)).toEqual([]);
    expect(
      pages.flat().some((line) => line.includes('Капацитет / Финансиране') || line.includes('потребители')),
    ).toBe(true);
  });

  it('leaves no page with a lone bullet or heading, wherever the page breaks', async () => {
    // The list and the heading fall at every height of the page in turn.
    for (let n = 20; n <= 44; n++) {
      const blocks: Block[] = [
        ...filler(n),
        { type: 'heading', level: 2, text: 'Изводи' },
        { type: 'list', items: ITEMS },
        { type: 'heading', level: 2, text: 'Услуги' },
        SERVICES,
      ];
      const pages = await pdfLines(await renderPdf(document(blocks), new Date('2026-12-07T10:00:00Z')));
      expect(sparsePages(pages), `with ${n} paragraphs before`).toEqual([]);
      // A heading is never a page's last line.
      for (const lines of pages.slice(0, -1))
        expect(['Изводи', 'Услуги'], `with ${n} paragraphs before`).not.toContain(lines.at(-1));
    }
  });

  it('carries a paragraph longer than a page over to the next one, every word in order', async () => {
    const sentences = Array.from(
      { length: 160 },
      (_, i) => `Изречение ${i + 1} от дългия текст на раздела за изводите и препоръките.`,
    );
    const pages = await pdfLines(
      await renderPdf(
        document([{ type: 'paragraph', text: sentences.join(' ') }, ...filler(2)]),
        new Date('2026-12-07T10:00:00Z'),
      ),
    );
    expect(pages.length).toBeGreaterThan(2);
    const text = pages.flat().join(' ');
    expect(text).toContain(sentences.join(' '));
    // Below the margin nothing is drawn but the footer: each full page holds the same number of lines.
    expect(new Set(pages.slice(0, -1).map((lines) => lines.length)).size).toBeLessThanOrEqual(2);
  });
});

describe('the DOCX', () => {
  it('fixes each column at least as wide as its longest header word', async () => {
    const docx = await renderDocx(document([SERVICES]));
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(SERVICES.columns.length);
    SERVICES.columns.forEach((column, i) => {
      // Twips: 20 a point; the header is bold 10.5 pt, with Word's cell margins on both sides.
      const needed =
        Math.max(...wordsOf(column).map((w) => measureText(w, true, 10.5))) * 20 + 2 * DOCX_CELL_MARGIN;
      expect(grid[i], column).toBeGreaterThanOrEqual(Math.floor(needed));
    });
  });
});

describe('fitting columns', () => {
  it('keeps the proportions when the words fit, and takes room only from columns that have it', () => {
    const even = fitColumns({ columns: ['А', 'Б'], rows: [], widths: [0.5, 0.5] }, 400, 9, 4);
    expect(even).toEqual([200, 200]);
    const fitted = fitColumns(SERVICES, 483, 9, 4);
    expect(fitted.reduce((a, b) => a + b, 0)).toBeCloseTo(483, 5);
    expect(fitted[3]).toBeGreaterThanOrEqual(measureText('потребители', true, 9) + 8);
  });
});
