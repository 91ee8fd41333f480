import { extractText, getDocumentProxy } from 'unpdf';
import { brokenWords, pdfLines, sparsePages } from '../../testing/pdf-layout.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_1_1_1 as I1, INDICATOR_1_1_2 as I2 } from '../../testing/indicators.ts';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { expectUnchangeable } from '../../testing/database.ts';
import type { OperatorTenant } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';

/**
 * Inspections (art. 30–34) end to end through the API: the plan, the mayor's order, findings on site, signing, what
 * the provider and the agency then see — and that a signed report cannot change, whatever asks.
 */

let h: Harness;
let ngo: Person;
let other: Person;
let municipality: OperatorTenant;
let agency: OperatorTenant;
let contractId = '';
let serviceId = '';
let inspectionId = '';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Надежда“', 'admin@nadezhda.example'));
  other = await signUpAndLogIn(h, 'Фондация „Друга“', 'admin@druga.example');
  municipality = await operatorTenant(h, ngo, {
    legalName: 'Община Габрово',
    adminEmail: 'kmet@gabrovo.example',
    displayName: 'Мария Петрова',
  });
  agency = await operatorTenant(h, ngo, {
    kind: 'agency',
    legalName: 'Агенция за качеството на социалните услуги',
    adminEmail: 'aksu@aksu.example',
    displayName: 'Инспектор АКСУ',
  });

  serviceId = await createService(h, ngo, {
    name: 'ЦОП „Надежда“',
    capacity: 30,
    address: 'Габрово, ул. „Радецка“ 5',
  });
  // Another provider's service, never commissioned: nothing of it may show.
  await createService(h, other, { name: 'Чужда услуга', capacity: 12 });
  contractId = await commission(h, municipality, ngo, {
    serviceId,
    basis: 'Договор № 12/2024',
    startsOn: '2024-01-01',
    endsOn: '2099-12-31',
  });
  // Organisations that have been in Mera since 2024: the inspection's dates this year are theirs to be due.
  await h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
});
afterAll(async () => {
  await h?.close();
});

const call = <T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  token = municipality.token,
) =>
  h
    .call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) })
    .then((response) => ({ response, body: response.body ? (response.json() as T) : (undefined as T) }));

const m = () => `/api/v1/tenants/${municipality.id}`;

/** The inspections an organisation has received (the provider's and the agency's inbox), read as its person. */
const receivedBy = (tenantId: string, token: string) =>
  call<{ id: string; viewer: string }[]>(
    'GET',
    `/api/v1/tenants/${tenantId}/received-inspections`,
    undefined,
    token,
  );

interface Detail {
  id: string;
  status: string;
  version: number;
  reportDueOn: string;
  nonConformities: { indicator: string; text: string }[];
  needsForwarding: boolean;
  forwardedAt: string | null;
  forwardDueOn: string | null;
  mayorReceivedOn: string | null;
  viewer: string;
  attachments: { id: string; name: string }[];
  inspectors: { name: string; signedAt: string | null }[];
  checklist: {
    children: { children: { children: { id: string; result: string | null; findingVersion: number }[] }[] }[];
  }[];
  correctsId: string | null;
  code?: string;
  errors?: { field: string; rule: string; message: string }[];
}

/** The PDF's text; its layout checked on the way: no sparse page, and the given table headers' words whole. */
async function pdfText(url: string, token = municipality.token, headers: string[] = []) {
  const response = await h.call({ method: 'GET', url, token });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), {
    mergePages: true,
  });
  // Every inspection document is laid out as a person would: no page left with a line or two.
  const pages = await pdfLines(response.rawPayload);
  expect(sparsePages(pages), url).toEqual([]);
  expect(brokenWords(pages, headers), url).toEqual([]);
  return text.replace(/\s+/g, ' ');
}

describe('the plan of periodic inspections (art. 30(2))', () => {
  it('shows a service commissioned for two years with no inspection as overdue', async () => {
    const { response, body } = await call<{ serviceName: string; dueBy: string; state: string }[]>(
      'GET',
      `${m()}/inspection-plan`,
    );
    expect(response.statusCode).toBe(200);
    expect(body).toEqual([
      expect.objectContaining({ serviceName: 'ЦОП „Надежда“', dueBy: '2026-01-01', state: 'overdue' }),
    ]);
  });

  it('is not for providers', async () => {
    const { response } = await call(
      'GET',
      `/api/v1/tenants/${ngo.tenantId}/inspection-plan`,
      undefined,
      ngo.token,
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('the order (art. 31)', () => {
  const order = {
    kind: 'periodic',
    reason: 'plan',
    orderNumber: 'РД-09-77',
    orderDate: '2026-05-04',
    startsOn: '2026-05-11',
    endsOn: '2026-05-12',
  };

  it('refuses bad input by field and rule, in Bulgarian, and writes nothing', async () => {
    const wrongReason = await call<Detail>('POST', `${m()}/inspections`, {
      ...order,
      contractId,
      reason: 'complaint',
      inspectors: [{ userId: municipality.userId }],
    });
    expect(wrongReason.response.statusCode).toBe(400);
    expect(wrongReason.body.errors?.[0]).toMatchObject({ field: 'body.reason', rule: 'reason_of_kind' });
    const lateReport = await call<Detail>('POST', `${m()}/inspections`, {
      ...order,
      contractId,
      reportDueOn: '2026-05-30',
      inspectors: [{ userId: municipality.userId }],
    });
    expect(lateReport.body.errors?.[0]).toMatchObject({
      field: 'body.reportDueOn',
      rule: 'report_within_10_days',
    });
    expect(lateReport.body.errors?.[0]?.message).toMatch(/10 дни/);
    const stranger = await call<Detail>('POST', `${m()}/inspections`, {
      ...order,
      contractId,
      inspectors: [{ userId: ngo.userId }],
    });
    expect(stranger.body.errors?.[0]).toMatchObject({
      field: 'body.inspectors.0.userId',
      rule: 'inspector_not_member',
    });
    expect((await h.sql(`select 1 from inspection`)).length).toBe(0);
  });

  it('issues the order with the scope from the catalogue, as a PDF', async () => {
    const { response, body } = await call<Detail>('POST', `${m()}/inspections`, {
      ...order,
      contractId,
      inspectors: [{ userId: municipality.userId, position: 'главен експерт' }],
    });
    expect(response.statusCode).toBe(201);
    expect(body).toMatchObject({ status: 'ordered', reportDueOn: '2026-05-22', viewer: 'municipality' });
    inspectionId = body.id;
    const text = await pdfText(`${m()}/inspections/${inspectionId}/order`);
    expect(text).toContain('Заповед № РД-09-77 от 04.05.2026');
    expect(text).toContain('ЦОП „Надежда“');
    expect(text).toContain('Габрово, ул. „Радецка“ 5');
    expect(text).toContain('Мария Петрова, главен експерт');
    expect(text).toContain('до 22.05.2026');
    const plan = await call<{ state: string }[]>('GET', `${m()}/inspection-plan`);
    expect(plan.body[0]?.state).toBe('ordered');
  });

  it('is invisible to the provider until the report is signed', async () => {
    const seen = await call(
      'GET',
      `/api/v1/tenants/${ngo.tenantId}/inspections/${inspectionId}`,
      undefined,
      ngo.token,
    );
    expect(seen.response.statusCode).toBe(404);
    const received = await receivedBy(ngo.tenantId, ngo.token);
    expect(received.body).toEqual([]);
  });
});

describe('on site and the signed report (art. 32–33)', () => {
  it('records findings, a photo and a prescription, and signs when complete', async () => {
    const base = `${m()}/inspections/${inspectionId}`;
    expect(
      (await call('PUT', `${base}/findings`, { itemId: I1, result: 'met', version: 0 })).response.statusCode,
    ).toBe(200);
    const second = await call('PUT', `${base}/findings`, {
      itemId: I2,
      result: 'not_met',
      note: 'Двама от петимата нови служители нямат въвеждащо обучение.',
      version: 0,
    });
    expect(second.response.statusCode).toBe(200);
    const again = await call<Detail>('PUT', `${base}/findings`, { itemId: I2, result: 'met', version: 0 });
    expect(again.response.statusCode).toBe(409);
    const upload = await h.call({
      method: 'POST',
      url: `${base}/attachments?name=${encodeURIComponent('график.pdf')}&itemId=${encodeURIComponent(I2)}`,
      token: municipality.token,
      headers: { 'content-type': 'application/octet-stream' },
      payload: PDF,
    });
    expect(upload.statusCode).toBe(201);
    expect(
      (
        await call('POST', `${base}/prescriptions`, {
          text: 'Да се проведе въвеждащо обучение.',
          dueOn: '2026-07-31',
          itemId: I2,
        })
      ).response.statusCode,
    ).toBe(201);

    const early = await call<Detail>('POST', `${base}/signatures`);
    expect(early.response.statusCode).toBe(400);
    expect(early.body.errors?.[0]).toMatchObject({ field: 'body.completedOn', rule: 'required' });

    const current = (await call<Detail>('GET', base)).body;
    const consentWithoutAsking = await call<Detail>('PATCH', base, {
      version: current.version,
      usersConsented: 3,
    });
    expect(consentWithoutAsking.body.errors?.[0]).toMatchObject({
      field: 'body.usersConsented',
      rule: 'only_when_users_asked',
    });
    const written = await call<Detail>('PATCH', base, {
      version: current.version,
      completedOn: '2026-05-12',
      providerPresent: 'Ръководител на услугата',
      usersAsked: true,
      usersConsented: 3,
      facts: 'Проверени са документите и условията в услугата.',
    });
    expect(written.response.statusCode).toBe(200);
    expect(written.body.nonConformities).toEqual([expect.objectContaining({ indicator: '2' })]);

    const signed = await call<Detail>('POST', `${base}/signatures`);
    expect(signed.response.statusCode).toBe(200);
    expect(signed.body.status).toBe('signed');
    expect(signed.body.inspectors[0]?.signedAt).not.toBeNull();
    expect(signed.body.needsForwarding).toBe(true);
    expect(signed.body.forwardDueOn).not.toBeNull();

    // The same engine as the provider's deadlines: forwarding within 3 days for the municipality (art. 34) …
    const range = `from=2026-01-01&to=2027-12-31`;
    const deadlines = await call<{ items: { kind: string; dueOn: string; status: string }[] }>(
      'GET',
      `${m()}/deadlines?${range}`,
    );
    expect(deadlines.body.items).toContainEqual(
      expect.objectContaining({ kind: 'inspection_forwarding', dueOn: signed.body.forwardDueOn }),
    );
    expect(deadlines.body.items).toContainEqual(
      expect.objectContaining({ kind: 'inspection_report', status: 'done' }),
    );
    // … and the prescription's deadline for the provider that must fulfil it.
    const providers = await call<{ items: { kind: string; dueOn: string }[] }>(
      'GET',
      `/api/v1/tenants/${ngo.tenantId}/deadlines?${range}`,
      undefined,
      ngo.token,
    );
    expect(providers.body.items).toContainEqual(
      expect.objectContaining({ kind: 'prescription', dueOn: '2026-07-31' }),
    );
  });

  it('shows on the oversight dashboard: the last inspection, the next due, prescriptions past deadline', async () => {
    const { body } = await call<
      {
        lastInspectionOn: string;
        inspectionDueBy: string;
        inspectionOverdue: boolean;
        prescriptionsOverdue: number;
      }[]
    >('GET', `${m()}/oversight`);
    // The prescription was due on 31 July 2026 and is not recorded as fulfilled.
    expect(body[0]).toMatchObject({
      lastInspectionOn: '2026-05-12',
      inspectionDueBy: '2028-05-12',
      inspectionOverdue: false,
      prescriptionsOverdue: new Date() > new Date('2026-08-01') ? 1 : 0,
    });
    // "Something overdue" finds it (no analysis received for the last half-year, at least).
    const overdue = await call<{ serviceName: string }[]>('GET', `${m()}/oversight?status=overdue`);
    expect(overdue.body.map((row) => row.serviceName)).toEqual(['ЦОП „Надежда“']);
  });

  it('refuses any change of the signed report through the API', async () => {
    const base = `${m()}/inspections/${inspectionId}`;
    const current = (await call<Detail>('GET', base)).body;
    const edit = await call<Detail>('PATCH', base, { version: current.version, facts: 'Друго' });
    expect(edit.response.statusCode).toBe(409);
    expect(edit.body.code).toBe('inspection_signed');
    const finding = await call<Detail>('PUT', `${base}/findings`, { itemId: I2, result: 'met', version: 1 });
    expect(finding.response.statusCode).toBe(409);
    expect(
      (await call('DELETE', `${base}/attachments/${current.attachments[0]?.id}`)).response.statusCode,
    ).toBe(409);
    expect((await call('DELETE', base)).response.statusCode).toBe(409);
  });

  it('refuses it in SQL too, as the application role', async () => {
    await expectUnchangeable(h, municipality.id, inspectionId, /signed/, [
      `update inspection_finding set result = 'met' where inspection_id = $1`,
      `update inspection set facts = 'Пренаписано' where id = $1`,
      `delete from inspection_attachment where inspection_id = $1`,
      `update inspection_inspector set signed_at = null where inspection_id = $1`,
      `delete from inspection where id = $1`,
    ]);
  });

  it('reaches the provider, with its attachment and as a PDF; nobody else', async () => {
    const p = `/api/v1/tenants/${ngo.tenantId}`;
    const received = await receivedBy(ngo.tenantId, ngo.token);
    expect(received.body).toEqual([expect.objectContaining({ id: inspectionId, viewer: 'provider' })]);
    const detail = await call<Detail>('GET', `${p}/inspections/${inspectionId}`, undefined, ngo.token);
    expect(detail.response.statusCode).toBe(200);
    expect(detail.body.nonConformities[0]?.text).toBe('Служителите са преминали въвеждащо обучение.');
    const file = await h.call({
      method: 'GET',
      url: `${p}/inspections/${inspectionId}/attachments/${detail.body.attachments[0]?.id}`,
      token: ngo.token,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(`${p}/inspections/${inspectionId}/report`, ngo.token, [
      'Критерий',
      'Констатация',
      'Предписание',
      'Срок',
    ]);
    expect(text).toContain('Доклад от проверка по заповед № РД-09-77');
    expect(text).toContain('Служителите са преминали въвеждащо обучение.');
    expect(text).toContain('Мария Петрова, главен експерт — подписано в Мера');
    // The provider cannot change it either: for its tenant, the inspection is not one of its own.
    const edit = await call(
      'PUT',
      `${p}/inspections/${inspectionId}/findings`,
      { itemId: I2, result: 'met', version: 1 },
      ngo.token,
    );
    expect(edit.response.statusCode).toBe(404);

    const o = `/api/v1/tenants/${other.tenantId}`;
    expect(
      (await call('GET', `${o}/inspections/${inspectionId}`, undefined, other.token)).response.statusCode,
    ).toBe(404);
    expect((await receivedBy(other.tenantId, other.token)).body).toEqual([]);
    expect(
      (await call('GET', `/api/v1/tenants/${agency.id}/inspections/${inspectionId}`, undefined, agency.token))
        .response.statusCode,
    ).toBe(404);
  });
});

describe('forwarding to the agency (art. 34) and corrections', () => {
  it('forwards once, with a letter, into the agency’s inbox', async () => {
    const base = `${m()}/inspections/${inspectionId}`;
    const missing = await call<Detail>('POST', `${base}/forwarding`, { letterNumber: '  ' });
    expect(missing.response.statusCode).toBe(400);
    const forwarded = await call<Detail>('POST', `${base}/forwarding`, { letterNumber: 'И-26-15' });
    expect(forwarded.response.statusCode).toBe(200);
    expect(forwarded.body.forwardedAt).not.toBeNull();
    expect(
      (await call<Detail>('POST', `${base}/forwarding`, { letterNumber: 'И-26-16' })).response.statusCode,
    ).toBe(409);
    const letter = await pdfText(`${base}/letter`);
    expect(letter).toContain('Писмо изх. № И-26-15');
    expect(letter).toContain('чл. 34');

    const a = `/api/v1/tenants/${agency.id}`;
    const inbox = await receivedBy(agency.id, agency.token);
    expect(inbox.body).toEqual([expect.objectContaining({ id: inspectionId, viewer: 'agency' })]);
    const seen = await call<Detail>('GET', `${a}/inspections/${inspectionId}`, undefined, agency.token);
    expect(seen.body.nonConformities).toHaveLength(1);
  });

  it('counts in the yearly monitoring as the results of the control activity (art. 35(1) 1)', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const created = await call<{
      data: {
        inspections: { done: { periodic: number }; withNonConformities: number; forwardedToAgency: number };
      };
    }>('POST', `${m()}/monitoring-reports`, { year });
    expect(created.response.statusCode).toBe(201);
    expect(created.body.data.inspections).toMatchObject({
      done: { periodic: 1 },
      withNonConformities: 1,
      forwardedToAgency: 1,
    });
  });

  it('corrects a signed report with a new, linked one', async () => {
    const correction = await call<Detail>('POST', `${m()}/inspections/${inspectionId}/corrections`);
    expect(correction.response.statusCode).toBe(201);
    expect(correction.body).toMatchObject({ correctsId: inspectionId, status: 'in_progress' });
    expect(correction.body.nonConformities).toHaveLength(1);
    expect(correction.body.inspectors[0]?.signedAt).toBeNull();
    const original = await call<Detail>('GET', `${m()}/inspections/${inspectionId}`);
    expect(original.body.status).toBe('signed');
  });
});
