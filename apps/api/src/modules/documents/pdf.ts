import PDFDocument from 'pdfkit';
import { percent, type Block, type ReportDocument } from './blocks.ts';
import { fitColumns } from './columns.ts';
import { documentFonts } from './fonts.ts';
import { breakLines, type Line } from './lines.ts';

const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#0b5cad';
const RULE = '#d0d7de';
const TRACK = '#eef1f4';

type TableBlock = Extract<Block, { type: 'table' }>;
/** A row as drawn: its height and each cell's lines. */
interface RowLayout {
  height: number;
  cells: Line[][];
}
interface TableLayout {
  widths: number[];
  header: RowLayout;
  rows: RowLayout[];
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
 *
 * The text is broken into lines here (lines.ts), with the widths the columns were fitted with, and pdfkit draws
 * line by line: a row's height and its drawing come from the same lines (issue 15: pdfkit's wrapper measured every
 * cell twice and was a third of a long report's rendering).
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
  /** The height of one line in a face and size (pdfkit's, gap included), the face and size left set. */
  const lineHeight = (bold: boolean, size: number) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .currentLineHeight(true);
  /** Draws lines `advance` apart from (x, y), in the face, size and colour set. */
  const drawLines = (lines: Line[], x: number, y: number, advance: number) =>
    lines.forEach((line, i) => {
      // The width and word count are known: pdfkit would measure the line again for them.
      const options = { lineBreak: false, textWidth: line.width, wordCount: line.words };
      if (line.text) doc.text(line.text, x, y + i * advance, options as PDFKit.Mixins.TextOptions);
    });
  /**
   * A text's lines, broken once per document: a paragraph or list item is measured for what must stay with the
   * heading before it or on its page, then drawn from the same lines.
   */
  const broken = new Map<string, Line[]>();
  const linesOf = (text: string, lineWidth: number, bold: boolean, size: number) => {
    const key = `${bold ? 'b' : 'r'}${size}/${lineWidth}/${text}`;
    let lines = broken.get(key);
    if (!lines) {
      lines = breakLines(text, lineWidth, bold, size);
      broken.set(key, lines);
    }
    return lines;
  };
  /**
   * Text down the page from `doc.y`, `gap` points between lines, starting a page where a line no longer fits (as
   * pdfkit's wrapper did); leaves `doc.y` below its last line.
   */
  const flow = (
    text: string,
    x: number,
    lineWidth: number,
    style: { bold: boolean; size: number; gap: number; color: string },
  ) => {
    const height = lineHeight(style.bold, style.size);
    doc.fillColor(style.color);
    for (const line of linesOf(text, lineWidth, style.bold, style.size)) {
      if (doc.y + height > bottom()) doc.addPage().fillColor(style.color);
      drawLines([line], x, doc.y, 0);
      doc.y += height + style.gap;
    }
    doc.x = left;
  };
  const PARAGRAPH = { bold: false, size: 10, gap: 2, color: INK };

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
        return (
          Math.min(linesOf(block.text, width, false, PARAGRAPH.size).length, 2) *
          (lineHeight(false, PARAGRAPH.size) + PARAGRAPH.gap)
        );
      case 'list':
        return itemHeights(block.items)
          .slice(0, 2)
          .reduce((a, b) => a + b, 0);
      case 'table': {
        const { header, rows } = tableLayout(block);
        return header.height + (rows[0]?.height ?? 0);
      }
      case 'bars':
        return 60;
    }
  }

  function drawBlock(block: Block, next: Block | undefined) {
    switch (block.type) {
      case 'heading': {
        const size = block.level === 1 ? 16 : block.level === 2 ? 13 : 11;
        // Never the last line of a page: a heading keeps the start of what follows (two lines, rows or items).
        const line = lineHeight(true, size);
        const own = linesOf(block.text, width, true, size).length * line + size * 1.1;
        ensure(own + Math.max(startOf(next), 24));
        doc.y += line * (block.level === 3 ? 0.4 : 0.8);
        flow(block.text, left, width, { bold: true, size, gap: 0, color: block.level === 2 ? ACCENT : INK });
        doc.moveDown(0.3);
        return;
      }
      case 'paragraph':
        flow(block.text, left, width, PARAGRAPH);
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
    const line = lineHeight(false, PARAGRAPH.size) + PARAGRAPH.gap;
    return items.map((item) => linesOf(item, width - LIST_INDENT, false, PARAGRAPH.size).length * line + 2);
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
      flow(item, left + LIST_INDENT, width - LIST_INDENT, PARAGRAPH);
      doc.y += 2;
    });
    doc.x = left;
  }

  /**
   * A table's column widths and rows broken into lines, once: the heading before a table, the page break before a
   * row and the row itself all ask for the same heights.
   */
  function tableLayout(block: TableBlock): TableLayout {
    let known = tables.get(block);
    if (!known) {
      const widths = fitColumns(block, width, TABLE_SIZE, CELL_PAD);
      known = {
        widths,
        header: rowLayout(widths, block.columns, true),
        rows: block.rows.map((row) => rowLayout(widths, row, false)),
      };
      tables.set(block, known);
    }
    return known;
  }

  function rowLayout(widths: number[], cells: string[], bold: boolean): RowLayout {
    const lines = cells.map((cell, i) =>
      breakLines(cell, (widths[i] ?? 60) - 2 * CELL_PAD, bold, TABLE_SIZE),
    );
    const height = Math.max(1, ...lines.map((cell) => cell.length)) * lineHeight(bold, TABLE_SIZE);
    return { height: height + 2 * CELL_PAD, cells: lines };
  }

  function drawTable(block: TableBlock) {
    const { widths, header, rows } = tableLayout(block);
    const drawRow = (row: RowLayout, bold: boolean, fill?: string) => {
      const top = doc.y;
      if (fill) doc.rect(left, top, width, row.height).fill(fill);
      const line = lineHeight(bold, TABLE_SIZE);
      doc.fillColor(INK);
      let x = left;
      row.cells.forEach((lines, i) => {
        drawLines(lines, x + CELL_PAD, top + CELL_PAD, line);
        x += widths[i] ?? 60;
      });
      doc
        .moveTo(left, top + row.height)
        .lineTo(left + width, top + row.height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.x = left;
      doc.y = top + row.height;
    };
    // The header never ends a page: it stays with the first row, and is repeated on every page the table continues.
    ensure(header.height + (rows[0]?.height ?? 0));
    drawRow(header, true, TRACK);
    for (const row of rows) {
      if (doc.y + row.height > bottom()) {
        doc.addPage();
        drawRow(header, true, TRACK);
      }
      drawRow(row, false);
    }
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
      const lines = linesOf(item.label, labelWidth, false, 9);
      const line = lineHeight(false, 9);
      const height = Math.max(14, lines.length * line + 4);
      ensure(height);
      const top = doc.y;
      doc.fillColor(INK);
      drawLines(lines, left, top + 2, line);
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
