import type { Column } from 'exceljs';
import type { MonitoringData } from './assemble.ts';
import type { BarChartSpec, Workbook, WorkbookRenderer } from '../documents/index.ts';

/**
 * Drawn in a document worker (decision 104), which imports this file alone: only type imports besides exceljs. The
 * file is part of a stored workbook's key (documents/rendered.ts), so a change here renders anew.
 */
export const MONITORING_WORKBOOK: WorkbookRenderer = {
  source: import.meta.filename,
  exportName: 'monitoringXlsx',
};

export const SHEETS = {
  services: 'Услуги',
  types: 'По вид и година',
  weaknesses: 'Общи слабости',
} as const;

const col = (n: number) => String.fromCharCode(64 + n);

/**
 * The yearly monitoring's figures as an Excel workbook (in Bulgarian, like the PDF): the services with their scores,
 * the average score by service type and year, and the common weaknesses — with real Excel bar charts of the first
 * two, drawn from the sheets' own cells (the engine adds them).
 */
export async function monitoringXlsx(data: MonitoringData): Promise<Workbook> {
  // exceljs loads on the first export, not at start (issue 15: memory of an idle API).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mera';
  workbook.title = `Ежегоден мониторинг ${data.year}`;
  const percentFormat = '0.0" %"';

  /** A sheet of one table: its heading row bold and frozen, then a row a record, by the columns' keys. */
  const sheet = (name: string, columns: Partial<Column>[], rows: Record<string, unknown>[]) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns;
    worksheet.getRow(1).font = { bold: true };
    worksheet.addRows(rows);
    return worksheet;
  };
  /** A percentage column a year of the trend, keyed `y2025` etc. */
  const yearColumns = (header: (year: number) => string, width: number) =>
    data.years.map((y) => ({ header: header(y), key: `y${y}`, width, style: { numFmt: percentFormat } }));

  sheet(
    SHEETS.services,
    [
      { header: 'Услуга', key: 'name', width: 40 },
      { header: 'Доставчик', key: 'provider', width: 32 },
      { header: 'Вид услуга', key: 'type', width: 40 },
      { header: `Проверки ${data.year}`, key: 'checks', width: 14 },
      ...yearColumns((y) => `Оценка ${y}`, 14),
    ],
    data.services.map((s) => ({
      name: s.name,
      provider: s.providerName,
      type: s.typeName,
      checks: s.checks,
      ...Object.fromEntries(data.years.map((y, i) => [`y${y}`, s.scores[i] ?? null])),
    })),
  );
  sheet(
    SHEETS.types,
    [
      { header: 'Вид услуга', key: 'name', width: 48 },
      { header: 'Услуги', key: 'services', width: 10 },
      ...yearColumns(String, 12),
    ],
    data.types.map((t) => ({
      name: t.name,
      services: t.services,
      ...Object.fromEntries(t.averages.map((a) => [`y${a.year}`, a.average])),
    })),
  );
  const weaknesses = sheet(
    SHEETS.weaknesses,
    [
      { header: 'Индикатор (текст от стандартите)', key: 'text', width: 70 },
      { header: 'Стандарт', key: 'standard', width: 10 },
      { header: 'Критерий', key: 'criterion', width: 10 },
      { header: 'Вид услуга', key: 'type', width: 36 },
      { header: 'Не е изпълнен', key: 'notMet', width: 14 },
      { header: 'Частично изпълнен', key: 'partlyMet', width: 16 },
      { header: 'Брой услуги', key: 'services', width: 12 },
      { header: 'Услуги', key: 'names', width: 50 },
    ],
    data.weaknesses.map((w) => ({
      text: w.text,
      standard: w.standard,
      criterion: w.criterion,
      type: w.typeName,
      notMet: w.notMet,
      partlyMet: w.partlyMet,
      services: w.services,
      names: w.serviceNames.join('; '),
    })),
  );
  weaknesses.getColumn('text').alignment = { wrapText: true, vertical: 'top' };

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const charts: BarChartSpec[] = [];
  const yearColumn = 4 + data.years.length; // the analysed year's score on the services sheet
  if (data.services.length)
    charts.push({
      sheet: 1,
      sheetName: SHEETS.services,
      title: `Оценка по услуги, ${data.year} г.`,
      categories: {
        column: 'A',
        from: 2,
        to: data.services.length + 1,
        values: data.services.map((s) => s.name),
      },
      series: [
        {
          name: `Оценка ${data.year}`,
          nameCell: `${col(yearColumn)}1`,
          column: col(yearColumn),
          values: data.services.map((s) => s.score),
        },
      ],
      anchor: {
        fromCol: yearColumn + 1,
        fromRow: 1,
        toCol: yearColumn + 9,
        toRow: Math.max(18, data.services.length + 6),
      },
    });
  if (data.types.length)
    charts.push({
      sheet: 2,
      sheetName: SHEETS.types,
      title: 'Средна оценка по вид услуга и година',
      categories: { column: 'A', from: 2, to: data.types.length + 1, values: data.types.map((t) => t.name) },
      series: data.years.map((y, i) => ({
        name: String(y),
        nameCell: `${col(3 + i)}1`,
        column: col(3 + i),
        values: data.types.map((t) => t.averages[i]?.average ?? null),
      })),
      anchor: { fromCol: 3 + data.years.length, fromRow: 1, toCol: 12 + data.years.length, toRow: 20 },
    });
  return { bytes, charts };
}
