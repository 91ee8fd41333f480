// The meetings log and the quality programme in a real browser: log a team meeting with a recommendation, turn it
// into a measure of the programme in one of the nine categories of art. 19, give it a deadline and a responsible
// person (a deadline outside the period is refused next to the field, nothing typed is lost), record progress, do the
// yearly review, and submit the programme to the mayor who commissioned the service (art. 16(2)).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

/** Today in Sofia, as the API counts it. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const year = Number(today.slice(0, 4));

describe('meetings and the quality programme in the browser', () => {
  let stack: Stack;
  let page: Page;
  let tenantId = '';
  let token = '';
  let serviceId = '';
  let measureId = '';

  beforeAll(async () => {
    stack = await startStack();
    ({ page, tenantId, token } = await stack.person(
      'Сдружение „Закрилници“',
      'predsedatel@zakrilnici.example',
    ));
    const call = async <T>(url: string, payload: object, bearer = token) => {
      const response = await stack.h.call({ method: 'POST', url, token: bearer, payload });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
      return response.json<T>();
    };
    serviceId = (
      await call<{ id: string }>(`/api/v1/tenants/${tenantId}/services`, {
        name: 'ЦОП „Закрилници“',
        pluginCode: 'sample',
        variantKey: 'specialised',
      })
    ).id;
    // The municipality commissions the service: the programme is then agreed with the mayor.
    const municipality = await stack.municipality('Община Монтана', 'kmet@montana.example');
    await municipality.page.context().close();
    const contract = await call<{ id: string }>(
      `/api/v1/tenants/${municipality.tenantId}/contracts`,
      {
        providerTenantId: tenantId,
        serviceDescription: 'Център за обществена подкрепа',
        basis: 'Договор № 15/2026',
        startsOn: `${year - 1}-01-01`,
        endsOn: `${year + 2}-12-31`,
      },
      municipality.token,
    );
    await call(`/api/v1/tenants/${tenantId}/contracts/${contract.id}/decision`, {
      decision: 'accept',
      serviceId,
    });
  });
  afterAll(async () => {
    await stack?.close();
  });

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Основна навигация' }).getByRole('link', { name });

  test('start the year’s programme for the commissioned service', async () => {
    await page.reload();
    await nav('Програма за качество').click();
    await page.waitForURL(`**/t/${tenantId}/programme`);
    expect(await page.getByText('Още няма програма.').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Наименование', { exact: true }).fill(`Програма за развитие на качеството ${year}`);
    await page.getByLabel('Услуга', { exact: true }).selectOption({ label: 'ЦОП „Закрилници“' });
    await page.getByLabel('Начало на периода').fill(`${year}-01-01`);
    await page.getByLabel('Край на периода').fill(`${year}-12-31`);
    await page.getByRole('button', { name: 'Създаване на програмата' }).click();
    await page.waitForURL(/\/programme\/[0-9a-f-]{36}\?changed=created$/);
    expect(await page.getByRole('status').textContent()).toContain('Програмата е създадена.');
    expect(await page.getByTestId('programme-status').textContent()).toBe('Проект');
    expect(await page.getByText('Услугата е възложена от Община Монтана (Договор № 15/2026).').count()).toBe(
      1,
    );
    // The nine categories of art. 19, in the Ordinance's words.
    expect(await page.locator('section.category').count()).toBe(9);
    expect(await page.locator('[data-category="6"]').textContent()).toContain(
      'внедряване на иновативни и/или добри практики',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the meetings log shows the months without a meeting', async () => {
    await nav('Срещи').click();
    await page.waitForURL(`**/t/${tenantId}/meetings`);
    await page.getByLabel('Година', { exact: true }).selectOption(String(year - 1));
    await page.getByRole('button', { name: 'Показване' }).click();
    await page.waitForURL(`**/meetings?year=${year - 1}&service=`);
    expect(await page.getByTestId('meeting-gaps').textContent()).toContain(
      `Липсващи срещи през ${year - 1}: 24`,
    );
    const january = page.locator(`tr[data-month="${year - 1}-01"] td[data-kind="team"]`);
    expect(await january.getAttribute('data-status')).toBe('missing');
    expect(await january.textContent()).toContain('Липсва');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('log a team meeting with a recommendation', async () => {
    await nav('Срещи').click();
    await page.waitForURL(`**/t/${tenantId}/meetings`);
    const thisMonth = page.locator(`tr[data-month="${today.slice(0, 7)}"] td[data-kind="team"]`);
    expect(await thisMonth.getAttribute('data-status')).toBe('due');

    const form = page.locator('#new-meeting');
    await form.getByLabel('Екипна среща').check();
    await form.getByLabel('Дата', { exact: true }).fill(today);
    await form.getByLabel('Услуга', { exact: true }).selectOption({ label: 'ЦОП „Закрилници“' });
    await form.getByLabel('Брой участници').fill('6');
    await form.getByLabel('Участници (по желание)').fill('Мария Петрова, Георги Иванов');
    await form.getByLabel('Обсъдени теми').fill('Оценка на качеството за месеца; натовареност на екипа');
    await form.getByLabel('Изводи').fill('Екипът има нужда от редовна супервизия.');
    await form.getByLabel('Препоръки').fill('Групова супервизия на всеки 3 месеца');
    await form.getByRole('button', { name: 'Вписване' }).click();
    await page.waitForURL(/\/meetings\?year=\d{4}&changed=created#meeting-[0-9a-f-]{36}$/);
    expect(await page.getByRole('status').textContent()).toContain('Срещата е вписана.');
    expect(await thisMonth.getAttribute('data-status')).toBe('held');
    expect(await page.getByTestId('meetings').textContent()).toContain(
      'Групова супервизия на всеки 3 месеца',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('without JavaScript: correct the meeting and add a recommendation', async () => {
    const context = await stack.browser.newContext({ javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const plain = await context.newPage();
    try {
      await plain.goto(`${stack.web.url}/t/${tenantId}/meetings`);
      await plain.getByRole('link', { name: 'Промяна на срещата' }).click();
      await plain.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      await plain.getByLabel('Брой участници').fill('0');
      await plain.getByLabel('Изводи').fill('Нужна е супервизия; графикът се преразпределя.');
      await plain.getByRole('button', { name: 'Запазване', exact: true }).click();
      await plain.getByTestId('form-error').waitFor();
      expect(await plain.locator('#field-participantsCount-error').textContent()).toContain(
        'Трябва да е поне 1.',
      );
      expect(await plain.getByLabel('Изводи').inputValue()).toBe(
        'Нужна е супервизия; графикът се преразпределя.',
      );
      await plain.getByLabel('Брой участници').fill('7');
      await plain.getByRole('button', { name: 'Запазване', exact: true }).click();
      await plain.getByText('Промените са запазени.').waitFor();
      await plain.getByLabel('Нова препоръка').fill('Да се въведе втори приемен ден');
      await plain.getByRole('button', { name: 'Добавяне на препоръката' }).click();
      await plain.locator('ol li', { hasText: 'Да се въведе втори приемен ден' }).waitFor();
    } finally {
      await context.close();
    }
    const rows = await stack.h.sql<{ participants_count: number; conclusions: string; texts: string[] }>(
      `select m.participants_count, m.conclusions,
              array(select text from meeting_recommendation r where r.meeting_id = m.id order by position) as texts
       from meeting m where m.tenant_id = $1`,
      [tenantId],
    );
    expect(rows).toEqual([
      {
        participants_count: 7,
        conclusions: 'Нужна е супервизия; графикът се преразпределя.',
        texts: ['Групова супервизия на всеки 3 месеца', 'Да се въведе втори приемен ден'],
      },
    ]);
    await page.reload();
  });

  test('turn the recommendation into a measure in category 4 with one action', async () => {
    const recommendation = page.locator('li.recommendation', {
      hasText: 'Групова супервизия на всеки 3 месеца',
    });
    await recommendation
      .getByLabel('Категория (чл. 19)')
      .selectOption({ label: '4. Професионално развитие и супервизия' });
    await recommendation.getByRole('button', { name: 'Превръщане в мярка' }).click();
    await page.waitForURL(/\/programme\/[0-9a-f-]{36}\?changed=measure#measure-[0-9a-f-]{36}$/);
    measureId = page.url().split('#measure-')[1] ?? '';
    expect(await page.getByRole('status').textContent()).toContain('Мярката е добавена в програмата.');
    const card = page.locator(`[data-category="4"] #measure-${measureId}`);
    expect(await card.locator('h4').textContent()).toBe('Групова супервизия на всеки 3 месеца');
    expect(await card.textContent()).toContain('препоръка от Екипна среща');
    expect(await card.getByTestId('measure-deadline').textContent()).toBe('Няма срок');

    // The link is kept both ways: the meeting now points at the measure.
    const [row] = await stack.h.sql<{ recommendation_id: string }>(
      'select recommendation_id from quality_programme_measure where id = $1',
      [measureId],
    );
    expect(row?.recommendation_id).toBeTruthy();
  });

  test('a deadline before the period is refused next to the field and nothing typed is lost', async () => {
    const card = page.locator(`#measure-${measureId}`);
    await card.getByText('Промяна на мярката').click();
    await card
      .getByLabel('Отговорник', { exact: true })
      .selectOption({ label: 'Админ Сдружение „Закрилници“' });
    await card.getByLabel('Срок', { exact: true }).fill(`${year - 1}-12-31`);
    await card.getByLabel('Констатация, на която отговаря').fill('Няма редовна супервизия от година');
    await card.getByRole('button', { name: 'Запазване на мярката' }).click();

    const again = page.locator(`#measure-${measureId}`);
    await again.getByTestId('form-error').waitFor();
    expect(await again.locator(`#measure-${measureId}-field-deadline-error`).textContent()).toContain(
      `Срокът трябва да е в периода на програмата: от 01.01.${year} до 31.12.${year}.`,
    );
    expect(await again.getByLabel('Срок', { exact: true }).inputValue()).toBe(`${year - 1}-12-31`);
    expect(await again.getByLabel('Отговорник', { exact: true }).inputValue()).not.toBe('');
    expect(await again.getByLabel('Констатация, на която отговаря').inputValue()).toBe(
      'Няма редовна супервизия от година',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    const [unchanged] = await stack.h.sql<{ deadline: string | null; finding: string | null }>(
      'select deadline, finding from quality_programme_measure where id = $1',
      [measureId],
    );
    expect(unchanged).toEqual({ deadline: null, finding: null });

    await again.getByLabel('Срок', { exact: true }).fill(`${year}-12-31`);
    await again.getByRole('button', { name: 'Запазване на мярката' }).click();
    await page.getByText('Промените са запазени.').waitFor();
    const saved = page.locator(`#measure-${measureId}`);
    expect(await saved.getByTestId('measure-responsible').textContent()).toContain(
      'Админ Сдружение „Закрилници“',
    );
    expect(await saved.getByTestId('measure-deadline').textContent()).toContain(String(year));
  });

  test('an overdue measure stands out', async () => {
    if (today.endsWith('-01-01')) return; // no day of the period has passed yet
    const programmeId = page.url().split('/programme/')[1]?.split(/[?#]/)[0] ?? '';
    const [admin] = await stack.h.sql<{ id: string }>(
      `select id from app_user where email = 'predsedatel@zakrilnici.example'`,
    );
    const created = await stack.h.call({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/programmes/${programmeId}/measures`,
      token,
      payload: {
        category: 9,
        title: 'Оценка на риска от недостиг на персонал',
        responsibleUserId: admin?.id,
        deadline: `${year}-01-01`,
      },
    });
    expect(created.statusCode).toBe(201);
    await page.reload();
    const late = page.locator(`[data-category="9"] [data-measure="${created.json<{ id: string }>().id}"]`);
    expect(await late.getAttribute('data-overdue')).toBe('');
    expect(await late.getByTestId('measure-overdue').textContent()).toContain('Просрочена');
  });

  test('mark progress', async () => {
    const card = page.locator(`#measure-${measureId}`);
    await card.getByRole('combobox', { name: 'Състояние' }).selectOption({ label: 'В изпълнение' });
    await card.getByLabel('Бележка за напредъка').fill('Договор със супервизор е подписан');
    await card.getByRole('button', { name: 'Запазване на напредъка' }).click();
    await page.getByText('Промените са запазени.').waitFor();
    const saved = page.locator(`#measure-${measureId}`);
    expect(await saved.getByTestId('measure-status').textContent()).toContain('В изпълнение');
    expect(await saved.textContent()).toContain('Договор със супервизор е подписан');
  });

  test('do the yearly review, carrying the unfinished measure over', async () => {
    await page.getByText('Вписване на преглед', { exact: true }).click();
    await page.getByLabel('Дата на прегледа').fill(today);
    await page.getByLabel('Кой участва').fill('Екипът, ръководителят, двама родители');
    await page.getByLabel('Потребителите и семействата им бяха консултирани').check();
    await page.getByLabel('Изводи', { exact: true }).fill('Супервизията започна; продължава и догодина.');
    await page
      .getByRole('group', { name: 'Мерки, пренесени в следващия период' })
      .getByLabel('Групова супервизия на всеки 3 месеца')
      .check();
    await page.getByRole('button', { name: 'Вписване на прегледа' }).click();
    await page.getByText('Прегледът е вписан.').waitFor();
    const review = page.getByTestId('reviews');
    expect(await review.textContent()).toContain('Екипът, ръководителят, двама родители');
    expect(await review.getByRole('link', { name: 'Групова супервизия на всеки 3 месеца' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('submit the programme for agreement and see its state; its content is then locked', async () => {
    await page.getByRole('button', { name: 'Подаване за съгласуване' }).click();
    await page.getByText('Програмата е подадена за съгласуване.').waitFor();
    expect(await page.getByTestId('programme-status').textContent()).toBe('Подадена за съгласуване');
    expect(await page.getByText('до Община Монтана').count()).toBe(1);
    expect(await page.getByText('Промяна на мярката').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Подаване за съгласуване' }).count()).toBe(0);
    // Progress still goes on.
    expect(
      await page
        .locator(`#measure-${measureId}`)
        .getByRole('button', { name: 'Запазване на напредъка' })
        .count(),
    ).toBe(1);
    const [row] = await stack.h.sql<{ status: string }>(
      'select status from quality_programme where tenant_id = $1',
      [tenantId],
    );
    expect(row?.status).toBe('submitted');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
