import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { percent, type Block, type ReportDocument } from './blocks.ts';

const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONTS, 'DejaVuSans.ttf');
const BOLD = path.join(FONTS, 'DejaVuSans-Bold.ttf');

const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#0b5cad';
const RULE = '#d0d7de';
const TRACK = '#eef1f4';

/**
 * Draws a report as an A4 PDF with its fonts embedded (DejaVu Sans covers Cyrillic), so the text is real text: it
 * can be searched, copied, read aloud and extracted. Charts are vector bars with their values written beside them.
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
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
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

  for (const block of document.blocks) drawBlock(block);

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

  function drawBlock(block: Block) {
    switch (block.type) {
      case 'heading': {
        const size = block.level === 1 ? 16 : block.level === 2 ? 13 : 11;
        doc.font('bold').fontSize(size);
        // Never the last line of a page: a heading keeps at least two lines of what follows.
        ensure(doc.heightOfString(block.text, { width }) + size + 36);
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
        doc.font('regular').fontSize(10).fillColor(INK).list(block.items, left, doc.y, {
          width,
          bulletRadius: 1.6,
          textIndent: 12,
          lineGap: 2,
        });
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

  function drawTable(block: Extract<Block, { type: 'table' }>) {
    const widths = block.widths.map((w) => w * width);
    const pad = 4;
    const rowHeight = (cells: string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(9);
      return (
        Math.max(
          ...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 60) - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: string[], font: 'regular' | 'bold', fill?: string) => {
      const height = rowHeight(cells, font);
      ensure(height);
      const top = doc.y;
      if (fill) doc.rect(left, top, width, height).fill(fill);
      let x = left;
      cells.forEach((cell, i) => {
        doc
          .font(font)
          .fontSize(9)
          .fillColor(INK)
          .text(cell, x + pad, top + pad, { width: (widths[i] ?? 60) - 2 * pad });
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
    ensure(rowHeight(block.columns, 'bold') + 20);
    drawRow(block.columns, 'bold', TRACK);
    for (const row of block.rows) drawRow(row, 'regular');
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
