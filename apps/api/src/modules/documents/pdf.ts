import PDFDocument from 'pdfkit';
import { percent, type Block, type ReportDocument } from './blocks.ts';
import { fitColumns } from './columns.ts';
import { documentFonts } from './fonts.ts';

const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#0b5cad';
const RULE = '#d0d7de';
const TRACK = '#eef1f4';

type TableBlock = Extract<Block, { type: 'table' }>;
interface TableLayout {
  widths: number[];
  header: number;
  rows: number[];
}

const TABLE_SIZE = 9;
const CELL_PAD = 4;
const LIST_INDENT = 12;

/**
 * Draws a report as an A4 PDF with its fonts embedded (DejaVu Sans covers Cyrillic), so the text is real text: it
 * can be searched, copied, read aloud and extracted. Charts are vector bars with their values written beside them.
 *
 * Laid out as a person would (issue 14): a table's columns are never narrower than their longest word, so a header
 * breaks between words; a heading stays with the start of what follows; a list never leaves its first or last item
 * alone on a page. Layout facts are measured on the rendered pages by the modules' tests (`testing/pdf-layout.ts`).
 */
export async function renderPdf(document: ReportDocument, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: 'bg-BG',
    displayTitle: true,
    info: { Title: document.title, Author: document.meta[0]?.[1] ?? '', Creator: 'Mera', Producer: 'Mera' },
  });
  // The fonts parsed once per process (fonts.ts); pdfkit takes a parsed font as well as a file, its types say files.
  const fonts = documentFonts() as unknown as { regular: string; bold: string };
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const tables = new Map<TableBlock, TableLayout>();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  doc.font('bold').fontSize(18).fillColor(INK).text(document.title, { width });
  doc.moveDown(0.6);
  for (const [label, value] of document.meta) {
    doc.font('bold').fontSize(10).fillColor(MUTED).text(`${label}: `, { continued: true });
    doc.font('regular').fillColor(INK).text(value);
  }
  doc.moveDown(0.8);

  document.blocks.forEach((block, i) => drawBlock(block, document.blocks[i + 1]));

  // Page numbers, in the bottom margin of every page.
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const y = doc.page.height - 40;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Стр. ${i + 1} от ${pages.count} · Мера · ${generatedAt.toISOString().slice(0, 10)}`, left, y, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;

  /** How much of a block must stay with the heading before it: its first two lines, rows or items. */
  function startOf(block: Block | undefined): number {
    if (!block) return 0;
    switch (block.type) {
      case 'heading':
        return 0;
      case 'paragraph':
        doc.font('regular').fontSize(10);
        return Math.min(
          doc.heightOfString(block.text, { width, lineGap: 2 }),
          2 * (doc.currentLineHeight() + 2),
        );
      case 'list':
        return itemHeights(block.items)
          .slice(0, 2)
          .reduce((a, b) => a + b, 0);
      case 'table': {
        const { header, rows } = tableLayout(block);
        return header + (rows[0] ?? 0);
      }
      case 'bars':
        return 60;
    }
  }

  function drawBlock(block: Block, next: Block | undefined) {
    switch (block.type) {
      case 'heading': {
        const size = block.level === 1 ? 16 : block.level === 2 ? 13 : 11;
        doc.font('bold').fontSize(size);
        // Never the last line of a page: a heading keeps the start of what follows (two lines, rows or items).
        const own = doc.heightOfString(block.text, { width }) + size * 1.1;
        ensure(own + Math.max(startOf(next), 24));
        doc.moveDown(block.level === 3 ? 0.4 : 0.8);
        doc
          .font('bold')
          .fontSize(size)
          .fillColor(block.level === 2 ? ACCENT : INK)
          .text(block.text, left, doc.y, {
            width,
          });
        doc.moveDown(0.3);
        return;
      }
      case 'paragraph':
        doc.font('regular').fontSize(10).fillColor(INK).text(block.text, left, doc.y, { width, lineGap: 2 });
        doc.moveDown(0.4);
        return;
      case 'list':
        drawList(block.items);
        doc.moveDown(0.4);
        return;
      case 'table':
        drawTable(block);
        return;
      case 'bars':
        drawBars(block);
        return;
    }
  }

  function itemHeights(items: string[]): number[] {
    doc.font('regular').fontSize(10);
    return items.map((item) => doc.heightOfString(item, { width: width - LIST_INDENT, lineGap: 2 }) + 2);
  }

  /**
   * A bulleted list, item by item: an item that does not fit starts a page, and the first two and the last two items
   * stay together, so no page begins or ends with one lone item of a list.
   */
  function drawList(items: string[]) {
    const heights = itemHeights(items);
    items.forEach((item, i) => {
      const own = heights[i] ?? 0;
      const keep = i === 0 || i === items.length - 2 ? own + (heights[i + 1] ?? 0) : own;
      ensure(keep);
      const top = doc.y;
      doc.circle(left + 4, top + 6, 1.6).fill(INK);
      doc
        .font('regular')
        .fontSize(10)
        .fillColor(INK)
        .text(item, left + LIST_INDENT, top, { width: width - LIST_INDENT, lineGap: 2 });
      doc.y += 2;
    });
    doc.x = left;
  }

  /**
   * A table's column widths and row heights, measured once: the heading before a table, the page break before a row
   * and the row itself all ask for the same heights, and measuring a row lays out every cell's text.
   */
  function tableLayout(block: TableBlock): TableLayout {
    let known = tables.get(block);
    if (!known) {
      const widths = fitColumns(block, width, TABLE_SIZE, CELL_PAD);
      known = {
        widths,
        header: rowHeight(widths, block.columns, 'bold'),
        rows: block.rows.map((row) => rowHeight(widths, row, 'regular')),
      };
      tables.set(block, known);
    }
    return known;
  }

  function rowHeight(widths: number[], cells: string[], font: 'regular' | 'bold') {
    doc.font(font).fontSize(TABLE_SIZE);
    const line = doc.currentLineHeight(true);
    return (
      Math.max(...cells.map((cell, i) => cellHeight(cell, (widths[i] ?? 60) - 2 * CELL_PAD, line))) +
      2 * CELL_PAD
    );
  }

  /**
   * A cell that is clearly narrower than its column is one line high, without running pdfkit's line wrapper over it
   * (most cells are a number, a date or a word). "Clearly": a point to spare, so that where the wrapper would measure
   * the words separately (it breaks after hyphens and slashes too) the sum could not exceed the column.
   */
  function cellHeight(text: string, cellWidth: number, line: number) {
    if (text.length > 0 && !/[\n\r\u2028\u2029]/.test(text) && doc.widthOfString(text) <= cellWidth - 1)
      return line;
    return doc.heightOfString(text, { width: cellWidth });
  }

  function drawTable(block: TableBlock) {
    const { widths, header, rows } = tableLayout(block);
    const drawRow = (cells: string[], height: number, font: 'regular' | 'bold', fill?: string) => {
      const top = doc.y;
      if (fill) doc.rect(left, top, width, height).fill(fill);
      let x = left;
      cells.forEach((cell, i) => {
        doc
          .font(font)
          .fontSize(TABLE_SIZE)
          .fillColor(INK)
          .text(cell, x + CELL_PAD, top + CELL_PAD, { width: (widths[i] ?? 60) - 2 * CELL_PAD });
        x += widths[i] ?? 60;
      });
      doc
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.x = left;
      doc.y = top + height;
    };
    // The header never ends a page: it stays with the first row, and is repeated on every page the table continues.
    ensure(header + (rows[0] ?? 0));
    drawRow(block.columns, header, 'bold', TRACK);
    block.rows.forEach((row, i) => {
      const height = rows[i] ?? 0;
      if (doc.y + height > bottom()) {
        doc.addPage();
        drawRow(block.columns, header, 'bold', TRACK);
      }
      drawRow(row, height, 'regular');
    });
    doc.moveDown(0.6);
  }

  function drawBars(block: Extract<Block, { type: 'bars' }>) {
    const labelWidth = width * 0.45;
    const valueWidth = 56;
    const barWidth = width - labelWidth - valueWidth - 12;
    ensure(40);
    doc.font('bold').fontSize(9).fillColor(MUTED).text(block.caption, left, doc.y, { width });
    doc.moveDown(0.3);
    for (const item of block.items) {
      doc.font('regular').fontSize(9);
      const height = Math.max(14, doc.heightOfString(item.label, { width: labelWidth }) + 4);
      ensure(height);
      const top = doc.y;
      doc.fillColor(INK).text(item.label, left, top + 2, { width: labelWidth });
      const x = left + labelWidth + 6;
      doc.rect(x, top + 3, barWidth, 9).fill(TRACK);
      if (item.value !== null && item.value > 0)
        doc.rect(x, top + 3, (barWidth * Math.min(item.value, 100)) / 100, 9).fill(ACCENT);
      doc
        .font('bold')
        .fontSize(9)
        .fillColor(INK)
        .text(percent(item.value), x + barWidth + 6, top + 2, { width: valueWidth, lineBreak: false });
      doc.x = left;
      doc.y = top + height;
    }
    doc.moveDown(0.6);
  }
}
