import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { OperatorTenant } from '../../testing/fixtures.ts';
import { tenantCaller } from '../../testing/requests.ts';
import type { Harness, Person } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let municipality: OperatorTenant;
const services: Record<string, string> = {};

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Надежда“', 'admin@nadezhda.example'));
  municipality = await operatorTenant(h, ngo, {
    legalName: 'Община Габрово',
    adminEmail: 'kmet@gabrovo.example',
  });

  // The fixture plugin allows 10–40 users: "Слънце" has 50 places and breaks the maximum.
  for (const [name, capacity] of [
    ['ЦОП „Надежда“', 30],
    ['Дневен център „Слънце“', 50],
    ['Невъзложена услуга', 20],
  ] as const)
    services[name] = await createService(h, ngo, { name, capacity, municipality: 'Габрово' });
  for (const name of ['ЦОП „Надежда“', 'Дневен център „Слънце“'])
    await commission(h, municipality, ngo, {
      serviceId: services[name]!,
      basis: `Договор за ${name}`,
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
    });
});
afterAll(async () => {
  await h?.close();
});

const get = (url: string, token = municipality.token, locale = 'bg') =>
  h.call({ method: 'GET', url, token, headers: { 'accept-language': locale } });

describe('the oversight dashboard', () => {
  it('lists every commissioned service with its rule results, and nothing else of the provider', async () => {
    const response = await get(`/api/v1/tenants/${municipality.id}/oversight`);
    expect(response.statusCode).toBe(200);
    const rows =
      response.json<
        { serviceName: string; providerName: string; rulesFailed: number; failedRules: string[] }[]
      >();
    expect(rows.map((row) => row.serviceName)).toEqual(['Дневен център „Слънце“', 'ЦОП „Надежда“']);
    expect(rows[0]).toMatchObject({ providerName: 'Сдружение „Надежда“', rulesFailed: 1 });
    expect(rows[0]?.failedRules[0]).toMatch(/40/);
    expect(rows[1]).toMatchObject({ rulesFailed: 0 });
  });

  it('shows the provider’s latest completed check with its score, and the analysis still missing', async () => {
    const provider = tenantCaller(
      () => h,
      () => ngo,
    );
    const check = (
      await provider('POST', '/assessments', {
        serviceId: services['ЦОП „Надежда“'],
        kind: 'periodic',
        startedOn: '2026-03-02',
      })
    ).json<{ id: string }>();
    await provider('PUT', `/assessments/${check.id}/results`, {
      itemId: 'bg-2022/a02/s1/c1.1/i1',
      result: 'met',
      version: 0,
    });
    await provider('PUT', `/assessments/${check.id}/results`, {
      itemId: 'bg-2022/a02/s1/c1.1/i2',
      result: 'not_met',
      version: 0,
    });
    const current = (await provider('GET', `/assessments/${check.id}`)).json<{ version: number }>();
    expect(
      (await provider('POST', `/assessments/${check.id}/completion`, { version: current.version }))
        .statusCode,
    ).toBe(200);
    // A check still in progress is the provider's business, not the dashboard's.
    await provider('POST', '/assessments', {
      serviceId: services['Дневен център „Слънце“'],
      kind: 'periodic',
      startedOn: '2026-03-03',
    });

    const rows = (await get(`/api/v1/tenants/${municipality.id}/oversight`)).json<
      {
        serviceName: string;
        latestCheckOn: string | null;
        latestScore: number | null;
        analysisOverdue: boolean;
      }[]
    >();
    const nadezhda = rows.find((row) => row.serviceName === 'ЦОП „Надежда“');
    expect(nadezhda).toMatchObject({ latestScore: 50, analysisOverdue: true });
    expect(nadezhda?.latestCheckOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.find((row) => row.serviceName === 'Дневен център „Слънце“')).toMatchObject({
      latestCheckOn: null,
      latestScore: null,
    });
  });

  it('filters by status and provider', async () => {
    const attention = (await get(`/api/v1/tenants/${municipality.id}/oversight?status=attention`)).json<
      { serviceName: string }[]
    >();
    expect(attention.map((row) => row.serviceName)).toEqual(['Дневен център „Слънце“']);
    const other = await get(
      `/api/v1/tenants/${municipality.id}/oversight?providerTenantId=${municipality.id}`,
    );
    expect(other.json()).toEqual([]);
  });

  it('exports CSV that opens with Cyrillic intact, and a real XLSX workbook', async () => {
    const csv = await get(`/api/v1/tenants/${municipality.id}/oversight/export?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\uFEFFУслуга,Доставчик,ЕИК')).toBe(true);
    expect(csv.body).toContain('"Дневен център „Слънце“"'.replaceAll('"', ''));

    const xlsx = await h.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${municipality.id}/oversight/export?format=xlsx`,
      headers: { authorization: `Bearer ${municipality.token}`, 'accept-language': 'en' },
    });
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''services.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.rawPayload).buffer);
    const sheet = workbook.getWorksheet('Services');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Service');
    expect(sheet?.getRow(2).getCell(1).value).toBe('Дневен център „Слънце“');
    expect(sheet?.rowCount).toBe(3);
  });

  it('writes a provider’s formula-looking names into the CSV as text, never as formulas (issue 12.6)', async () => {
    const hostile = `+SUM(1+1)*cmd|' /C calc'!A0`;
    const service = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/services`,
      token: ngo.token,
      payload: {
        name: hostile,
        pluginCode: 'sample',
        variantKey: 'specialised',
        capacity: 20,
        municipality: '=HYPERLINK("http://evil.example","Габрово")',
        address: '@SUM(A1)',
      },
    });
    expect(service.statusCode).toBe(201);
    await commission(h, municipality, ngo, {
      serviceId: service.json<{ id: string }>().id,
      basis: '-2+3',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
    });
    const csv = await get(`/api/v1/tenants/${municipality.id}/oversight/export?format=csv`);
    const line = csv.body.split('\r\n').find((l) => l.includes('SUM(1+1)')) ?? '';
    expect(line.startsWith(`'+SUM(1+1)*cmd|' /C calc'!A0,`)).toBe(true);
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""Габрово"")"`);
    expect(line).toContain(`'@SUM(A1)`);
    expect(line).toContain(`'-2+3`);
    // No cell of the file starts a formula.
    for (const cell of csv.body.replace('\uFEFF', '').split(/\r\n|,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is not a provider’s page: a provider is refused', async () => {
    const response = await get(`/api/v1/tenants/${ngo.tenantId}/oversight`, ngo.token);
    expect(response.statusCode).toBe(403);
  });
});
