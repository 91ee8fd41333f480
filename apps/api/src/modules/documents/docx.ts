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
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { percent, type Block, type ReportDocument } from './blocks.ts';

const ACCENT = '0B5CAD';
const TRACK = 'EEF1F4';
const FONT = 'Arial';

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
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
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
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.columns.map(
                (column, i) =>
                  new TableCell({
                    width: { size: Math.round((block.widths[i] ?? 0.2) * 100), type: WidthType.PERCENTAGE },
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
                        width: {
                          size: Math.round((block.widths[i] ?? 0.2) * 100),
                          type: WidthType.PERCENTAGE,
                        },
                        children: [text(cell)],
                      }),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
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
