import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { brokenWords, pdfLines, sparsePages } from '../../testing/pdf-layout.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_1_1_1 as I1, INDICATOR_1_1_2 as I2 } from '../../testing/indicators.ts';
import { createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import { expectRefused, jsonCaller } from '../../testing/requests.ts';
import type { Harness } from '../../testing/harness.ts';
import { renderCount, renderingsSettled } from '../documents/index.ts';

let h: Harness;
let ngo: Person;
let base = '';
let serviceId = '';
let indicatorText = '';
// The check is completed now: the report is for the half-year we are in (Bulgarian time).
const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' })
  .format(new Date())
  .split('-')
  .map(Number) as [number, number];
const half = month <= 6 ? 1 : 2;

type Report = {
  id: string;
  status: string;
  version: number;
  title: string;
  sections: Record<string, string>;
  sectionTitles: { key: string; title: string }[];
  data: {
    organisation: string;
    services: {
      name: string;
      score: number | null;
      checks: { score: number | null }[];
      standards: { key: string; score: number | null }[];
      weaknesses: { id: string; text: string; result: string }[];
    }[];
    meetings: { team: number; withHead: number; recommendations: string[] };
    feedback?: { responses: number; templates: { questions: { answers: number; mean: number | null }[] }[] };
  };
};

const call = jsonCaller(
  () => h,
  () => ngo.token,
);

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Отчети“', 'admin@otcheti.example'));
  base = `/api/v1/tenants/${ngo.tenantId}`;
  serviceId = await createService(h, ngo, { name: 'Център за обществена подкрепа „Отчети“' });
  // A check with one indicator met and one partly met: 75 % by the default scheme.
  const check = (
    await call<{
      id: string;
      sections: { children: { children: { children: { id: string; text: string }[] }[] }[] }[];
    }>('POST', `${base}/assessments`, {
      serviceId,
      kind: 'periodic',
      startedOn: `${year}-${String(month).padStart(2, '0')}-01`,
      methods: [3, 6],
    })
  ).body;
  indicatorText =
    check.sections[0]?.children[0]?.children[0]?.children.find((i) => i.id === I2)?.text ?? 'missing';
  await call('PUT', `${base}/assessments/${check.id}/results`, { itemId: I1, result: 'met', version: 0 });
  await call('PUT', `${base}/assessments/${check.id}/results`, {
    itemId: I2,
    result: 'partly_met',
    note: 'Липсва подпис на две от картите.',
    version: 0,
  });
  const now = await call<{ version: number }>('GET', `${base}/assessments/${check.id}`);
  await call('POST', `${base}/assessments/${check.id}/completion`, { version: now.body.version });
  // One anonymous answer through the survey's public link.
  const survey = (
    await call<{ publicPath: string }>('POST', `${base}/surveys`, { serviceId, templateKey: 'families' })
  ).body;
  const answered = await h.call({
    method: 'POST',
    url: `/api/v1/public/surveys/${survey.publicPath.slice(3)}/answers`,
    payload: { answers: { informed: 5, involved: 4 } },
  });
  expect(answered.statusCode).toBeLessThan(300);
  await call('POST', `${base}/meetings`, {
    serviceId,
    kind: 'team',
    heldOn: `${year}-${String(month).padStart(2, '0')}-02`,
    participantsCount: 6,
    topics: 'Резултати от проверката',
  });
});
afterAll(async () => {
  await h.close();
});

describe('the semi-annual analysis (art. 25)', () => {
  let report: Report;
  const download = (format: 'pdf' | 'docx') =>
    h.call({ method: 'GET', url: `${base}/reports/${report.id}/${format}`, token: ngo.token });

  it('refuses a semi-annual analysis without its half-year, naming the field', async () => {
    const refused = await call<{ errors: { field: string; rule: string; message: string }[] }>(
      'POST',
      `${base}/reports`,
      { kind: 'semi_annual_analysis', year },
    );
    expectRefused(refused.response, 400, { field: 'body.half', rule: 'required' });
    expect(refused.body.errors[0]?.message).toMatch(/[а-я]/);
    expect(await h.sql('select 1 from report')).toHaveLength(0);
  });

  it('assembles the period’s scores, weaknesses verbatim and meetings, and drafts the texts from them', async () => {
    const created = await call<Report>('POST', `${base}/reports`, {
      kind: 'semi_annual_analysis',
      year,
      half,
      serviceId,
    });
    expect(created.response.statusCode).toBe(201);
    report = created.body;
    const service = report.data.services[0];
    expect(service).toMatchObject({ name: 'Център за обществена подкрепа „Отчети“', score: 75 });
    expect(service?.checks.map((c) => c.score)).toEqual([75]);
    expect(service?.standards).toEqual([expect.objectContaining({ key: '1', score: 75 })]);
    expect(service?.weaknesses).toEqual([
      expect.objectContaining({ id: I2, text: indicatorText, result: 'partly_met' }),
    ]);
    expect(report.data.meetings).toMatchObject({ team: 1, withHead: 0 });
    expect(report.data.feedback?.responses).toBe(1);
    expect(report.data.feedback?.templates[0]?.questions.find((q) => q.answers === 1)?.mean).toBe(5);
    expect(report.sections['summary']).toContain('75 %');
    expect(report.sections['summary']).toContain('проверки на досиетата');
    expect(report.sectionTitles.map((s) => s.key)).toEqual([
      'summary',
      'nonconformities',
      'prescriptions',
      'conclusions',
    ]);
  });

  it('saves the provider’s texts, and tells a second editor instead of overwriting', async () => {
    const saved = await call<Report>('PATCH', `${base}/reports/${report.id}`, {
      version: report.version,
      sections: { prescriptions: 'Обучение по водене на досиета до 31.12.' },
    });
    expect(saved.response.statusCode).toBe(200);
    expect(saved.body.sections['prescriptions']).toBe('Обучение по водене на досиета до 31.12.');
    expect(saved.body.sections['summary']).toBe(report.sections['summary']);
    const stale = await call('PATCH', `${base}/reports/${report.id}`, {
      version: report.version,
      sections: { conclusions: 'Късно' },
    });
    expect(stale.response.statusCode).toBe(409);
    const unknown = await call<{ errors: { field: string; rule: string }[] }>(
      'PATCH',
      `${base}/reports/${report.id}`,
      {
        version: saved.body.version,
        sections: { secret: 'x' },
      },
    );
    expectRefused(unknown.response, 400, { field: 'body.sections.secret', rule: 'unknown_section' });
    report = saved.body;
  });

  it('is a real PDF with embedded Cyrillic fonts whose text carries the scores and the indicator', async () => {
    const response = await download('pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Анализ на информацията от мониторинга на качеството');
    expect(flat).toContain('Сдружение „Отчети“');
    expect(flat).toContain('75 %');
    expect(flat).toContain(indicatorText.replace(/\s+/g, ' '));
    expect(flat).toContain('Обучение по водене на досиета до 31.12.');
    expect(flat).toContain('Получени анонимни отговора на анкети: 1.');
    // Laid out as a person would: whole header words, no page left with a line or two, the annex column filled.
    const pages = await pdfLines(bytes);
    expect(brokenWords(pages, ['Услуга', 'Приложение', 'Приключени проверки', 'Оценка'])).toEqual([]);
    expect(sparsePages(pages)).toEqual([]);
    expect(pages.flat().find((line) => line.startsWith('Услуга'))).toBeDefined();
    expect(flat).toMatch(/№ \d+ \d+ \d+ %/);
  });

  it('is an editable DOCX with the same content', async () => {
    const response = await download('docx');
    expect(response.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Анализ на информацията от мониторинга на качеството');
    expect(text).toContain('75 %');
    expect(text).toContain('Обучение по водене на досиета до 31.12.');
  });

  it('renders a content once: the same bytes again without rendering, an edit shows in the next download', async () => {
    const pdf = () => h.call({ method: 'GET', url: `${base}/reports/${report.id}/pdf`, token: ngo.token });
    const first = await pdf();
    const renders = renderCount();
    const again = await pdf();
    expect(again.statusCode).toBe(200);
    expect(renderCount()).toBe(renders);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);

    const saved = await call<Report>('PATCH', `${base}/reports/${report.id}`, {
      version: report.version,
      sections: { conclusions: 'Продължаваме обученията през следващата година.' },
    });
    expect(saved.response.statusCode).toBe(200);
    const edited = await pdf();
    expect(renderCount()).toBe(renders + 1);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(edited.rawPayload)), {
      mergePages: true,
    });
    expect(text.replace(/\s+/g, ' ')).toContain('Продължаваме обученията през следващата година.');
    report = saved.body;
  });

  it('once submitted, cannot change — through the API or in SQL as the application', async () => {
    const renders = renderCount();
    const submitted = await call<Report>('POST', `${base}/reports/${report.id}/submission`, {
      version: report.version,
    });
    expect(submitted.response.statusCode).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    // Rendered ahead (decision 108): its PDF ('подаден на …', a new content) is drawn once it is submitted, and
    // the first download is that stored copy.
    await renderingsSettled();
    expect(renderCount()).toBe(renders + 1);
    const pdf = await h.call({ method: 'GET', url: `${base}/reports/${report.id}/pdf`, token: ngo.token });
    expect(pdf.statusCode).toBe(200);
    expect(renderCount()).toBe(renders + 1);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    expect(text).toContain('подаден на');
    const edit = await call<{ code: string; title: string }>('PATCH', `${base}/reports/${report.id}`, {
      version: submitted.body.version,
      sections: { conclusions: 'Късна поправка' },
    });
    expect(edit.response.statusCode).toBe(409);
    expect(edit.body.code).toBe('report_submitted');
    expect((await call('DELETE', `${base}/reports/${report.id}`)).response.statusCode).toBe(409);

    await expect(
      h.asApp(ngo.tenantId, `update report set sections = '{}'::jsonb where id = $1`, [report.id]),
    ).rejects.toThrow(/submitted/);
  });
});

describe('the annual report (art. 26)', () => {
  it('lists the year’s analyses and the programme’s results', async () => {
    const created = await call<Report & { data: { analyses: { status: string }[] } }>(
      'POST',
      `${base}/reports`,
      {
        kind: 'annual_report',
        year,
      },
    );
    expect(created.response.statusCode).toBe(201);
    expect(created.body.title).toBe(
      `Обобщен годишен отчет за контрола и мониторинга на качеството — ${year} г.`,
    );
    expect(created.body.data.analyses.map((a) => a.status)).toEqual(['submitted']);
    expect(created.body.sections['analyses']).toContain('е изготвен 1 анализ');
    const list = await call<{ kind: string }[]>('GET', `${base}/reports?year=${year}`);
    expect(list.body.map((r) => r.kind).sort()).toEqual(['annual_report', 'semi_annual_analysis']);
  });
});

describe('the municipality that commissions the service (art. 25(1))', () => {
  const municipality = (name: string, email: string) =>
    operatorTenant(h, ngo, { legalName: name, adminEmail: email, displayName: `Кмет на ${name}` });

  it('receives the submitted analysis of the contracted service, and another municipality nothing', async () => {
    const town = await municipality('Община Отчетна', 'kmet@otchetna.example');
    const stranger = await municipality('Община Чужда', 'kmet@chuzhda.example');
    const contract = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${town.id}/contracts`,
      token: town.token,
      payload: {
        providerTenantId: ngo.tenantId,
        serviceDescription: 'Център за обществена подкрепа',
        basis: 'Договор № 7',
        startsOn: '2020-01-01',
        endsOn: '2099-12-31',
      },
    });
    expect(contract.statusCode, contract.body).toBe(201);
    const accepted = await call('POST', `${base}/contracts/${contract.json<{ id: string }>().id}/decision`, {
      decision: 'accept',
      serviceId,
    });
    expect(accepted.response.statusCode).toBe(200);

    const inbox = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${town.id}/received-reports`,
      token: town.token,
    });
    expect(inbox.statusCode).toBe(200);
    const received = inbox.json<{ id: string; kind: string; providerName: string; serviceName: string }[]>();
    // The submitted analysis only: the draft annual report and reports for all services stay the provider's.
    expect(received).toEqual([
      expect.objectContaining({
        kind: 'semi_annual_analysis',
        providerName: 'Сдружение „Отчети“',
        serviceName: 'Център за обществена подкрепа „Отчети“',
      }),
    ]);
    const pdf = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${town.id}/reports/${received[0]?.id}/pdf`,
      token: town.token,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const none = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${stranger.id}/received-reports`,
      token: stranger.token,
    });
    expect(none.json()).toEqual([]);
    const refused = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${stranger.id}/reports/${received[0]?.id}`,
      token: stranger.token,
    });
    expect(refused.statusCode).toBe(404);
  });
});
