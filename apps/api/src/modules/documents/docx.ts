import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { percent, type Block, type ReportDocument } from './blocks.ts';
import { fitColumns } from './columns.ts';

const ACCENT = '0B5CAD';
const TRACK = 'EEF1F4';
const FONT = 'Arial';
/** The body text's size (Word counts half-points: 21 is 10.5 pt). */
const SIZE = 21;
/** A4 (11,906 twips) less Word's default margins of 1,440 twips each side: the width a table has. */
export const DOCX_TEXT_WIDTH = 11906 - 2 * 1440;
/** Word's default cell margins, left and right (twips). */
export const DOCX_CELL_MARGIN = 108;

/**
 * The same report as an editable Word document (the provider often adds its letterhead and signatures there). Charts
 * become two-cell bars: a filled cell as wide as the score, with the value written after it.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: document.title, font: FONT })],
    }),
    ...document.meta.map(
      ([label, value]) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${label}: `, bold: true, font: FONT }),
            new TextRun({ text: value, font: FONT }),
          ],
        }),
    ),
  ];
  for (const block of document.blocks) children.push(...toDocx(block));
  const doc = new Document({
    creator: 'Mera',
    title: document.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const text = (value: string, bold = false) =>
  new Paragraph({
    children: value
      .split('\n')
      .map((line, i) => new TextRun({ text: line, bold, font: FONT, break: i ? 1 : 0 })),
  });

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading:
            block.level === 1
              ? HeadingLevel.HEADING_1
              : block.level === 2
                ? HeadingLevel.HEADING_2
                : HeadingLevel.HEADING_3,
          children: [new TextRun({ text: block.text, font: FONT })],
        }),
      ];
    case 'paragraph':
      return [text(block.text)];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, font: FONT })] }),
      );
    case 'table': {
      // Fixed widths measured from the words (twips, 20 a point), so Word neither breaks a header inside a word nor
      // re-balances the columns by itself.
      const widths = fitColumns(block, DOCX_TEXT_WIDTH / 20, SIZE / 2, DOCX_CELL_MARGIN / 20).map((w) =>
        Math.round(w * 20),
      );
      return [
        new Table({
          width: { size: DOCX_TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.columns.map(
                (column, i) =>
                  new TableCell({
                    width: { size: widths[i] ?? 0, type: WidthType.DXA },
                    shading: { type: ShadingType.CLEAR, fill: TRACK, color: 'auto' },
                    children: [text(column, true)],
                  }),
              ),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (cell, i) =>
                      new TableCell({
                        width: { size: widths[i] ?? 0, type: WidthType.DXA },
                        children: [text(cell)],
                      }),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
    case 'bars': {
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
      const borders = { top: none, bottom: none, left: none, right: none };
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true, font: FONT })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { ...borders, insideHorizontal: none, insideVertical: none },
          rows: block.items.map((item) => {
            const filled = Math.max(0, Math.min(100, Math.round(item.value ?? 0)));
            // The bar is a nested two-cell table whose first cell is as wide as the score.
            const bar = new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              borders: { ...borders, insideHorizontal: none, insideVertical: none },
              rows: [
                new TableRow({
                  children: [
                    ...(filled > 0
                      ? [
                          new TableCell({
                            width: { size: filled, type: WidthType.PERCENTAGE },
                            shading: { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' },
                            borders,
                            children: [new Paragraph({ children: [] })],
                          }),
                        ]
                      : []),
                    ...(filled < 100
                      ? [
                          new TableCell({
                            width: { size: 100 - filled, type: WidthType.PERCENTAGE },
                            shading: { type: ShadingType.CLEAR, fill: TRACK, color: 'auto' },
                            borders,
                            children: [new Paragraph({ children: [] })],
                          }),
                        ]
                      : []),
                  ],
                }),
              ],
            });
            return new TableRow({
              children: [
                new TableCell({
                  width: { size: 45, type: WidthType.PERCENTAGE },
                  borders,
                  children: [text(item.label)],
                }),
                new TableCell({
                  width: { size: 40, type: WidthType.PERCENTAGE },
                  borders,
                  children: [bar, new Paragraph({ children: [] })],
                }),
                new TableCell({
                  width: { size: 15, type: WidthType.PERCENTAGE },
                  borders,
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.RIGHT,
                      children: [new TextRun({ text: percent(item.value), bold: true, font: FONT })],
                    }),
                  ],
                }),
              ],
            });
          }),
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}
