import JSZip from 'jszip';

/**
 * exceljs writes workbooks but not charts. A chart in an XLSX file is three small parts — a chart (DrawingML
 * `c:chartSpace` with a `c:barChart` whose series point at cell ranges), a drawing that anchors it on the sheet, and
 * the relationships and content types that tie them in — so they are added to the zip exceljs wrote. The series
 * reference the sheet's cells (Excel and LibreOffice redraw the chart from them) and carry a cache of the values for
 * readers that do not recalculate.
 */
export interface BarChartSpec {
  /** 1-based position of the worksheet, as exceljs numbers its parts (`xl/worksheets/sheet<n>.xml`). */
  sheet: number;
  sheetName: string;
  title: string;
  /** Category labels: column letter and row range of the sheet. */
  categories: { column: string; from: number; to: number; values: string[] };
  series: { name: string; nameCell: string; column: string; values: (number | null)[] }[];
  /** Where the chart sits: zero-based column/row of its top-left and bottom-right cells. */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
}

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const quoteSheet = (name: string) => `'${name.replaceAll("'", "''")}'`;

function chartXml(spec: BarChartSpec): string {
  const sheet = quoteSheet(spec.sheetName);
  const { column, from, to, values: labels } = spec.categories;
  const catRef = `${sheet}!$${column}$${from}:$${column}$${to}`;
  const strCache = (values: string[]) =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values
      .map((v, i) => `<c:pt idx="${i}"><c:v>${escape(v)}</c:v></c:pt>`)
      .join('')}</c:strCache>`;
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escape(`${sheet}!$${s.nameCell.replace(/([A-Z]+)(\d+)/, '$1$$$2')}`)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escape(catRef)}</c:f>${strCache(labels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escape(`${sheet}!$${s.column}$${from}:$${s.column}$${to}`)}</c:f>` +
        `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.values.length}"/>${s.values
          .map((v, j) => (v === null ? '' : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`))
          .join('')}</c:numCache></c:numRef></c:val></c:ser>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500002"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0&quot; %&quot;" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(spec: BarChartSpec, n: number): string {
  const { fromCol, fromRow, toCol, toRow } = spec.anchor;
  const cell = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor>${cell('from', fromCol, fromRow)}${cell('to', toCol, toRow)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="${escape(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Adds one bar chart per spec to an XLSX workbook's bytes and returns the new bytes. */
export async function addBarCharts(xlsx: Buffer | ArrayBuffer, specs: BarChartSpec[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = zip.file('[Content_Types].xml');
  if (!types) throw new Error('not an XLSX workbook');
  let contentTypes = await types.async('string');
  for (const [index, spec] of specs.entries()) {
    const n = index + 1;
    const sheetPath = `xl/worksheets/sheet${spec.sheet}.xml`;
    const sheetFile = zip.file(sheetPath);
    if (!sheetFile) throw new Error(`no worksheet ${spec.sheet}`);
    zip.file(`xl/charts/chart${n}.xml`, chartXml(spec));
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(spec, n));
    zip.file(
      `xl/drawings/_rels/drawing${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/chart" Target="../charts/chart${n}.xml"/></Relationships>`,
    );

    // The sheet's relationships: keep exceljs's (hyperlinks, …) and add the drawing under an unused id.
    const relsPath = `xl/worksheets/_rels/sheet${spec.sheet}.xml.rels`;
    const existing = zip.file(relsPath);
    let rels = existing
      ? await existing.async('string')
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
    const relId = `rIdChart${n}`;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${REL_TYPE}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);

    // `<drawing>` goes after the page set-up and before legacy drawings, tables and extensions (CT_Worksheet order).
    let sheet = await sheetFile.async('string');
    if (!/<worksheet[^>]*xmlns:r=/.test(sheet))
      sheet = sheet.replace('<worksheet ', `<worksheet xmlns:r="${REL_TYPE}" `);
    const drawing = `<drawing r:id="${relId}"/>`;
    const before = sheet.search(
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/,
    );
    sheet =
      before >= 0
        ? `${sheet.slice(0, before)}${drawing}${sheet.slice(before)}`
        : sheet.replace('</worksheet>', `${drawing}</worksheet>`);
    zip.file(sheetPath, sheet);

    contentTypes = contentTypes.replace(
      '</Types>',
      `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
