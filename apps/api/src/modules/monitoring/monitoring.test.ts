import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { brokenWords, pdfLines, sparsePages } from '../../testing/pdf-layout.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_1_1_1 as I1, INDICATOR_1_1_2 as I2 } from '../../testing/indicators.ts';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { expectUnchangeable } from '../../testing/database.ts';
import { expectRefused, jsonCaller, tenantCaller } from '../../testing/requests.ts';
import { signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { renderCount } from '../documents/index.ts';

/**
 * The mayor's yearly monitoring (art. 35(1)): a municipality commissions two providers' services; each provider
 * completed checks in 2024 and in 2025. The 2025 analysis shows each service's score, the average by service type
 * for 2025 beside 2024's, the indicator most often not met (verbatim), the annual report received — and nothing
 * to another municipality; once approved, neither the API nor SQL as the application role can change it.
 */
let h: Harness;
let gabrovo = { id: '', token: '' };
let other = { id: '', token: '' };
let first: Person;
let second: Person;
const I2_TEXT = 'Служителите са преминали въвеждащо обучение.';

type Monitoring = {
  id: string;
  year: number;
  status: string;
  version: number;
  sections: Record<string, string>;
  data: {
    municipality: string;
    years: number[];
    services: {
      name: string;
      providerName: string;
      checks: number;
      score: number | null;
      scores: (number | null)[];
    }[];
    types: { name: string; services: number; averages: { year: number; average: number | null }[] }[];
    weaknesses: { id: string; text: string; notMet: number; partlyMet: number; services: number }[];
    inspections: { items: unknown[] };
    reports: { providerName: string; kind: string }[];
    programmes: unknown[];
    feedback: { responses: number }[];
  };
};

const municipality = (name: string, email: string, operator: Person) =>
  operatorTenant(h, operator, { legalName: name, adminEmail: email });

/** A completed check of a service with the given answers, dated as completed on `on` (Sofia noon). */
async function completedCheck(
  provider: { tenantId: string; token: string },
  serviceId: string,
  on: string,
  answers: Record<string, string>,
) {
  const call = tenantCaller(
    () => h,
    () => provider,
  );
  const check = (await call('POST', '/assessments', { serviceId, kind: 'periodic', startedOn: on })).json<{
    id: string;
  }>();
  for (const [itemId, result] of Object.entries(answers))
    await call('PUT', `/assessments/${check.id}/results`, { itemId, result, version: 0 });
  const current = (await call('GET', `/assessments/${check.id}`)).json<{ version: number }>();
  expect(
    (await call('POST', `/assessments/${check.id}/completion`, { version: current.version })).statusCode,
  ).toBe(200);
  await h.sql(`update assessment set completed_at = $2::timestamptz where id = $1`, [
    check.id,
    `${on}T12:00:00+02`,
  ]);
}

beforeAll(async () => {
  ({ h, person: first } = await organisationOnFreshApi('Сдружение „Първо“', 'admin@parvo.example'));
  second = await signUpAndLogIn(h, 'Фондация „Второ“', 'admin@vtoro.example');
  await h.sql(`update app_user set is_operator = true where id = $1`, [first.userId]);
  gabrovo = await municipality('Община Габрово', 'kmet@gabrovo.example', first);
  other = await municipality('Община Друга', 'kmet@druga.example', first);

  const services: Record<string, string> = {};
  for (const [provider, name] of [
    [first, 'ЦОП „Първо“'],
    [second, 'Дневен център „Второ“'],
  ] as const) {
    services[name] = await createService(h, provider, { name, capacity: 20 });
    await commission(h, gabrovo, provider, {
      serviceId: services[name],
      basis: `Договор за ${name}`,
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
    });
  }
  // 2024: 100 % and 75 % (average 87.5); 2025: 50 % and 25 % (average 37.5). I2 is not met in both in 2025.
  await completedCheck(first, services['ЦОП „Първо“'] ?? '', '2024-05-10', { [I1]: 'met', [I2]: 'met' });
  await completedCheck(second, services['Дневен център „Второ“'] ?? '', '2024-06-11', {
    [I1]: 'met',
    [I2]: 'partly_met',
  });
  await completedCheck(first, services['ЦОП „Първо“'] ?? '', '2025-04-14', { [I1]: 'met', [I2]: 'not_met' });
  await completedCheck(second, services['Дневен център „Второ“'] ?? '', '2025-10-20', {
    [I1]: 'partly_met',
    [I2]: 'not_met',
  });
  // The first provider's annual report for 2025 reaches the municipality (method 2).
  const report = (
    await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${first.tenantId}/reports`,
      token: first.token,
      payload: { kind: 'annual_report', year: 2025, serviceId: services['ЦОП „Първо“'] },
    })
  ).json<{ id: string; version: number }>();
  expect(
    (
      await h.call({
        method: 'POST',
        url: `/api/v1/tenants/${first.tenantId}/reports/${report.id}/submission`,
        token: first.token,
        payload: { version: report.version },
      })
    ).statusCode,
  ).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

const base = () => `/api/v1/tenants/${gabrovo.id}/monitoring-reports`;
const call = jsonCaller(
  () => h,
  () => gabrovo.token,
);

describe('the yearly monitoring (art. 35(1))', () => {
  let monitoring: Monitoring;
  const download = (format: 'pdf' | 'xlsx') =>
    h.app.inject({
      method: 'GET',
      url: `${base()}/${monitoring.id}/${format}`,
      headers: { authorization: `Bearer ${gabrovo.token}` },
    });

  it('assembles the year: scores by service, averages by type beside the previous years, common weaknesses', async () => {
    const { response, body } = await call<Monitoring>('POST', base(), { year: 2025 });
    expect(response.statusCode).toBe(201);
    monitoring = body;
    expect(body).toMatchObject({ year: 2025, status: 'draft' });
    expect(body.data.municipality).toBe('Община Габрово');
    expect(body.data.years).toEqual([2023, 2024, 2025]);
    expect(body.data.services.map((s) => [s.name, s.providerName, s.checks, s.score, s.scores])).toEqual([
      ['Дневен център „Второ“', 'Фондация „Второ“', 1, 25, [null, 75, 25]],
      ['ЦОП „Първо“', 'Сдружение „Първо“', 1, 50, [null, 100, 50]],
    ]);
    expect(body.data.types).toHaveLength(1);
    expect(body.data.types[0]?.services).toBe(2);
    expect(body.data.types[0]?.averages).toEqual([
      { year: 2023, average: null, scored: 0 },
      { year: 2024, average: 87.5, scored: 2 },
      { year: 2025, average: 37.5, scored: 2 },
    ]);
    // The weakest indicator first, in the catalogue's words, with how many services it failed in.
    expect(body.data.weaknesses[0]).toMatchObject({
      id: I2,
      text: I2_TEXT,
      notMet: 2,
      partlyMet: 0,
      services: 2,
    });
    expect(body.data.weaknesses[1]).toMatchObject({ id: I1, partlyMet: 1, services: 1 });
    expect(body.data.reports).toEqual([
      expect.objectContaining({ providerName: 'Сдружение „Първо“', kind: 'annual_report' }),
    ]);
    expect(body.data.inspections.items).toEqual([]);
    expect(body.data.programmes).toEqual([]);
    // The drafted text of method 3 already names the weakest indicator.
    expect(body.sections['observation']).toContain(I2_TEXT);
  });

  it('keeps one analysis per year and names the field', async () => {
    const { response, body } = await call<{ code: string; errors: { field: string; rule: string }[] }>(
      'POST',
      base(),
      { year: 2025 },
    );
    expect(response.statusCode).toBe(409);
    expect(body.code).toBe('monitoring_year_exists');
    expect(body.errors[0]).toMatchObject({ field: 'body.year', rule: 'unique' });
  });

  it('shows another municipality nothing, and refuses a provider', async () => {
    const list = await call<unknown[]>(
      'GET',
      `/api/v1/tenants/${other.id}/monitoring-reports`,
      undefined,
      other.token,
    );
    expect(list.body).toEqual([]);
    const foreign = await call(
      'GET',
      `/api/v1/tenants/${other.id}/monitoring-reports/${monitoring.id}`,
      undefined,
      other.token,
    );
    expect(foreign.response.statusCode).toBe(404);
    // Its own analysis of 2025 has no services: it commissions none.
    const own = await call<Monitoring>(
      'POST',
      `/api/v1/tenants/${other.id}/monitoring-reports`,
      { year: 2025 },
      other.token,
    );
    expect(own.response.statusCode).toBe(201);
    expect(own.body.data.services).toEqual([]);
    expect(own.body.data.reports).toEqual([]);
    expect(JSON.stringify(own.body)).not.toContain('Първо');

    const provider = await call(
      'GET',
      `/api/v1/tenants/${first.tenantId}/monitoring-reports`,
      undefined,
      first.token,
    );
    expect(provider.response.statusCode).toBe(403);
  });

  it('edits the texts with optimistic locking, refusing an unknown section', async () => {
    const saved = await call<Monitoring>('PATCH', `${base()}/${monitoring.id}`, {
      version: monitoring.version,
      sections: { council: 'Съветът предложи обучения за персонала.' },
    });
    expect(saved.response.statusCode).toBe(200);
    expect(saved.body.sections['council']).toBe('Съветът предложи обучения за персонала.');
    const stale = await call<{ code: string }>('PATCH', `${base()}/${monitoring.id}`, {
      version: monitoring.version,
      sections: { council: 'По-стар текст' },
    });
    expect(stale.response.statusCode).toBe(409);
    const unknown = await call<{ errors: { field: string; rule: string }[] }>(
      'PATCH',
      `${base()}/${monitoring.id}`,
      {
        version: saved.body.version,
        sections: { nope: 'x' },
      },
    );
    expectRefused(unknown.response, 400, { field: 'body.sections.nope', rule: 'unknown_section' });
    monitoring = saved.body;
  });

  it('is a PDF whose text carries the services, a method of art. 35(1) verbatim and the weakest indicator', async () => {
    const response = await download('pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('ЦОП „Първо“');
    expect(flat).toContain('провеждане на системно наблюдение на състоянието и ефективността');
    expect(flat).toContain(I2_TEXT);
    expect(flat).toContain('Няма регистрирани проверки на общината в Мера за годината.');
    const pages = await pdfLines(response.rawPayload);
    expect(brokenWords(pages, ['Услуга', 'Доставчик', 'Вид', 'Проверки', 'Оценка'])).toEqual([]);
    expect(sparsePages(pages)).toEqual([]);
    // A service type is never named twice over ("Информиране и консултиране — Информиране и консултиране").
    expect(flat).not.toMatch(/(\S[^—]{5,}) — \1/);
  });

  it('is an XLSX workbook with its three sheets and a real bar chart drawn from their cells', async () => {
    const response = await download('xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const chart = await zip.file('xl/charts/chart2.xml')?.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain("<c:f>'По вид и година'!$A$2:$A$2</c:f>");
    expect(chart).toContain("<c:f>'По вид и година'!$E$2:$E$2</c:f>");
    expect(await zip.file('xl/charts/chart1.xml')?.async('string')).toContain("'Услуги'!$G$2:$G$3");
    expect(await zip.file('xl/worksheets/_rels/sheet2.xml.rels')?.async('string')).toContain(
      '../drawings/drawing2.xml',
    );
    expect(await zip.file('xl/worksheets/sheet2.xml')?.async('string')).toMatch(
      /<drawing r:id="rIdChart2"\/>/,
    );
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('drawingml.chart+xml');

    // The workbook still opens, with the figures in it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.rawPayload).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Услуги', 'По вид и година', 'Общи слабости']);
    const types = workbook.getWorksheet('По вид и година');
    expect(types?.getRow(2).getCell(2).value).toBe(2);
    expect([types?.getRow(2).getCell(4).value, types?.getRow(2).getCell(5).value]).toEqual([87.5, 37.5]);
    expect(workbook.getWorksheet('Общи слабости')?.getRow(2).getCell(1).value).toBe(I2_TEXT);

    // The same figures again: the stored workbook, not drawn a second time (decision 102).
    const renders = renderCount();
    const again = await h.app.inject({
      method: 'GET',
      url: `${base()}/${monitoring.id}/xlsx`,
      headers: { authorization: `Bearer ${gabrovo.token}` },
    });
    expect(renderCount()).toBe(renders);
    expect(again.rawPayload.equals(response.rawPayload)).toBe(true);
  });

  it('once approved, refuses any change through the API and in SQL as the application role', async () => {
    const approved = await call<Monitoring>('POST', `${base()}/${monitoring.id}/approval`, {
      version: monitoring.version,
    });
    expect(approved.response.statusCode).toBe(200);
    expect(approved.body.status).toBe('approved');
    const edit = await call<{ code: string }>('PATCH', `${base()}/${monitoring.id}`, {
      version: approved.body.version,
      sections: { conclusions: 'Късна поправка' },
    });
    expect(edit.response.statusCode).toBe(409);
    expect(edit.body.code).toBe('monitoring_report_approved');
    const again = await call<{ code: string }>('POST', `${base()}/${monitoring.id}/reassembly`, {
      version: approved.body.version,
    });
    expect(again.response.statusCode).toBe(409);

    await expectUnchangeable(h, gabrovo.id, monitoring.id, /approved/, [
      `update monitoring_report set sections = '{}'::jsonb where id = $1`,
      `delete from monitoring_report where id = $1`,
    ]);
    const [row] = await h.sql<{ sections: Record<string, string> }>(
      `select sections from monitoring_report where id = $1`,
      [monitoring.id],
    );
    expect(row?.sections['council']).toBe('Съветът предложи обучения за персонала.');
  });
});

describe('the year’s score of a service checked more than once', () => {
  it('takes each indicator’s latest answer of the year', async () => {
    const [service] = await h.sql<{ id: string }>(`select id from service where name = 'ЦОП „Първо“'`);
    await completedCheck(first, service?.id ?? '', '2026-03-02', { [I1]: 'met', [I2]: 'met' });
    await completedCheck(first, service?.id ?? '', '2026-06-01', { [I1]: 'partly_met', [I2]: 'not_met' });
    const { response, body } = await call<Monitoring>('POST', base(), { year: 2026 });
    expect(response.statusCode).toBe(201);
    // June's answers are the latest: I1 partly met, I2 not met — 25 %; the other service had no check in 2026.
    expect(body.data.services.map((s) => [s.name, s.checks, s.score, s.scores])).toEqual([
      ['Дневен център „Второ“', 0, null, [75, 25, null]],
      ['ЦОП „Първо“', 2, 25, [100, 50, 25]],
    ]);
    expect(body.data.weaknesses.map((w) => [w.id, w.notMet, w.partlyMet, w.services])).toEqual([
      [I2, 1, 0, 1],
      [I1, 0, 1, 1],
    ]);
  });
});
