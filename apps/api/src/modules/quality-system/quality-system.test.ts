import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { brokenWords, pdfLines, sparsePages } from '../../testing/pdf-layout.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { expectRefused, jsonCaller } from '../../testing/requests.ts';
import type { Harness, Person } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let base = '';

const call = jsonCaller(
  () => h,
  () => ngo.token,
);

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi(
    'Сдружение „Закрилници“',
    'admin@zakrilnici-qs.example',
  ));
  base = `/api/v1/tenants/${ngo.tenantId}`;
  const services: string[] = [];
  for (const name of ['Информиране и консултиране „Закрилници“', 'Застъпничество „Закрилници“'])
    services.push(
      await createService(h, ngo, { name, capacity: 20, currentUsers: 12, financing: 'state_delegated' }),
    );
  await call('POST', `${base}/staff/positions`, {
    serviceId: services[0],
    title: 'Социален работник',
    category: 'core',
    plannedFte: 2,
  });
  await call('POST', `${base}/documents`, {
    kind: 'procedure',
    title: 'Процедура за подаване на жалби',
    versionLabel: '2',
    approvedOn: '2026-02-01',
    sources: [],
  });
});
afterAll(async () => {
  await h.close();
});

type QualitySystem = { texts: Record<string, string>; version: number; sectionTitles: { key: string }[] };

describe('the quality-system document', () => {
  it('keeps the provider’s own texts, refusing a stale save and an unknown part', async () => {
    const empty = await call<QualitySystem>('GET', `${base}/quality-system`);
    expect(empty.body.version).toBe(0);
    expect(empty.body.sectionTitles.map((s) => s.key)).toContain('goals');
    // The form's labels speak the person's language; the document stays Bulgarian.
    const english = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${ngo.tenantId}/quality-system`,
      token: ngo.token,
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<{ sectionTitles: { key: string; title: string }[] }>().sectionTitles[0]).toEqual({
      key: 'goals',
      title: 'Goals of the quality management system',
    });
    const saved = await call<QualitySystem>('PUT', `${base}/quality-system`, {
      version: 0,
      texts: {
        goals: 'Услугите да се развиват непрекъснато в отговор на потребностите на децата и семействата.',
        targetGroup: 'Деца до 18 години и техните семейства.',
      },
    });
    expect(saved.response.statusCode).toBe(200);
    expect(saved.body.version).toBe(1);
    const stale = await call('PUT', `${base}/quality-system`, { version: 0, texts: { goals: 'Късно' } });
    expect(stale.response.statusCode).toBe(409);
    const unknown = await call<{ errors: { field: string; rule: string }[] }>(
      'PUT',
      `${base}/quality-system`,
      {
        version: 1,
        texts: { secret: 'x' },
      },
    );
    expectRefused(unknown.response, 400, { field: 'body.texts.secret', rule: 'unknown_section' });
    expect((await call<QualitySystem>('GET', `${base}/quality-system`)).body.texts['goals']).toMatch(
      /^Услугите/,
    );
  });

  it('is generated from the organisation’s services, standards and register as a PDF and a DOCX', async () => {
    const pdf = await h.call({ method: 'GET', url: `${base}/quality-system/pdf`, token: ngo.token });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Система за управление на качеството на предоставяните социални услуги',
      'Сдружение „Закрилници“',
      'Услугите да се развиват непрекъснато',
      'Деца до 18 години и техните семейства.',
      'Информиране и консултиране „Закрилници“',
      'Застъпничество „Закрилници“',
      'Приложение № 2',
      'държавно делегирана дейност',
      'Процедура за подаване на жалби',
      '01.02.2026',
      'Структура и персонал',
      'Социален работник',
    ])
      expect(flat).toContain(expected);
    // The services' table read "Капацит ет / потреби тели": every header word is whole now, and no page is left
    // with a line or two.
    const pages = await pdfLines(pdf.rawPayload);
    expect(
      brokenWords(pages, ['Услуга', 'Вид (стандарти)', 'Адрес', 'Капацитет / потребители', 'Финансиране']),
    ).toEqual([]);
    expect(sparsePages(pages)).toEqual([]);

    const docx = await h.call({ method: 'GET', url: `${base}/quality-system/docx`, token: ngo.token });
    const xml =
      (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Процедура за подаване на жалби');
  });
});
