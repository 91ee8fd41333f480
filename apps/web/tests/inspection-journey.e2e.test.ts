// Issue 6's "done when", in a real browser: a municipality contracts an NGO's service, sees the NGO's latest check on
// its dashboard, issues an inspection order, fills the checklist on a phone-sized screen (a photo attached), signs the
// report and forwards it to the agency. An edit of the signed report through the API and straight in SQL as the
// application role both fail; the NGO sees the report, and another NGO sees nothing of it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations, download, pdfText } from './support.ts';
import { followNavigation, proposeContract } from './steps.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const sofiaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const daysBefore = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('a municipality inspects a commissioned service (art. 30–34)', () => {
  let stack: Stack;
  let ngo: { page: Page; tenantId: string; token: string };
  let mayor: { page: Page; tenantId: string; token: string };
  let stranger: { page: Page; tenantId: string; token: string };
  let serviceId = '';
  let inspectionPath = '';
  let dir = '';
  const today = sofiaToday();

  beforeAll(async () => {
    stack = await startStack();
    ngo = await stack.person('Сдружение „Закрилници“', 'ivana@zakrilnici.example');
    stranger = await stack.person('Фондация „Другите“', 'admin@drugite.example');
    mayor = await stack.municipality('Община Габрово', 'kmet@gabrovo.example');
    const api = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
      stack.h.call({ method, url, token: ngo.token, ...(payload ? { payload } : {}) });
    serviceId = (
      await api('POST', `/api/v1/tenants/${ngo.tenantId}/services`, {
        name: 'ЦОП „Закрилници“',
        pluginCode: 'sample',
        variantKey: 'specialised',
        address: 'Габрово, ул. „Брянска“ 12',
      })
    ).json<{ id: string }>().id;
    // The NGO's own quarterly check, completed: one indicator met, one partly met (75 %).
    const check = (
      await api('POST', `/api/v1/tenants/${ngo.tenantId}/assessments`, {
        serviceId,
        kind: 'periodic',
        startedOn: daysBefore(today, 20),
      })
    ).json<{ id: string }>();
    for (const [itemId, result] of [
      ['bg-2022/a02/s1/c1.1/i1', 'met'],
      ['bg-2022/a02/s1/c1.1/i2', 'partly_met'],
    ])
      await api('PUT', `/api/v1/tenants/${ngo.tenantId}/assessments/${check.id}/results`, {
        itemId,
        result,
        version: 0,
      });
    const { version } = (await api('GET', `/api/v1/tenants/${ngo.tenantId}/assessments/${check.id}`)).json<{
      version: number;
    }>();
    const completed = await api(
      'POST',
      `/api/v1/tenants/${ngo.tenantId}/assessments/${check.id}/completion`,
      {
        version,
      },
    );
    expect(completed.statusCode).toBe(200);
    dir = await mkdtemp(path.join(tmpdir(), 'mera-inspection-'));
    await writeFile(path.join(dir, 'стая.png'), PNG);
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('the municipality contracts the service and sees the NGO’s latest check on its dashboard', async () => {
    const page = mayor.page;
    const [tenant] = await stack.h.sql<{ eik: string }>('select eik from tenant where id = $1', [
      ngo.tenantId,
    ]);
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/contracts`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await proposeContract(page, {
      providerEik: tenant?.eik ?? '',
      service: 'Център за обществена подкрепа',
      basis: 'Договор № 7 от 02.01.2025 г.',
      startsOn: '2025-01-01',
      endsOn: '2099-12-31',
    });
    await page.getByText('Договорът е изпратен до Сдружение „Закрилници“ за приемане.').waitFor();
    const [contract] = await stack.h.sql<{ id: string }>('select id from commissioning_contract');
    const accepted = await stack.h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/contracts/${contract?.id}/decision`,
      token: ngo.token,
      payload: { decision: 'accept', serviceId },
    });
    expect(accepted.statusCode).toBe(200);

    await followNavigation(page, 'Наблюдение', `**/t/${mayor.tenantId}/oversight`);
    const row = page.locator('tr[data-service="ЦОП „Закрилници“"]');
    expect(await row.getByTestId('latest-check').textContent()).toContain('75 %');
  });

  test('issues the order and downloads it as a PDF', async () => {
    const page = mayor.page;
    await followNavigation(page, 'Проверки', `**/t/${mayor.tenantId}/inspections`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    // Commissioned since 2025 and never inspected: due within two years of the contract.
    expect(await page.getByTestId('inspection-plan').textContent()).toContain('ЦОП „Закрилници“');
    expect(await accessibilityViolations(page)).toEqual([]);

    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Номер на заповедта').fill('РД-09-321');
    await field('Дата на заповедта').fill(daysBefore(today, 3));
    await field('Проверката започва на').fill(daysBefore(today, 2));
    await field('Проверката приключва до').fill(today);
    // A report due later than the 10 days of art. 33(1) is refused next to the field; nothing is lost or written.
    await field('Срок за доклада').fill('2099-01-01');
    await page.getByRole('button', { name: 'Издай заповедта' }).click();
    await page.locator('#field-reportDueOn-error').waitFor();
    expect(await page.locator('#field-reportDueOn-error').textContent()).toContain('10 дни');
    expect(await field('Номер на заповедта').inputValue()).toBe('РД-09-321');
    expect(await stack.h.sql('select 1 from inspection')).toEqual([]);

    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await field('Срок за доклада').fill('');
    await page.getByRole('button', { name: 'Издай заповедта' }).click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    inspectionPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('inspection-status').textContent()).toBe('Назначена');
    const order = await pdfText(await download(page, 'Заповедта (PDF)'));
    expect(order).toContain('Заповед № РД-09-321');
    expect(order).toContain('Габрово, ул. „Брянска“ 12');
    expect(order).toContain('Мария Кметова');
  });

  test('fills the checklist on a phone, writes the report and signs it', async () => {
    const page = mayor.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.web.url}${inspectionPath}`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await accessibilityViolations(page)).toEqual([]);

    const first = page.locator('article[data-item="bg-2022/a02/s1/c1.1/i1"]');
    const second = page.locator('article[data-item="bg-2022/a02/s1/c1.1/i2"]');
    await first.getByLabel('Изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('1 от 2 индикатора').waitFor();
    await second.getByLabel('Неизпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('2 от 2 индикатора').waitFor();
    await second.getByLabel('Установени факти').fill('Двама нови служители без въвеждащо обучение.');
    await second.getByRole('button', { name: 'Записване', exact: true }).click();
    await second.getByRole('status').getByText('Записано').waitFor();
    // A photo taken on site, attached to the indicator.
    await second.getByText('Приложи снимка или документ').click();
    await second.getByLabel('Файл (снимка или PDF)').setInputFiles(path.join(dir, 'стая.png'));
    await second.getByRole('button', { name: 'Качване' }).click();
    await second.getByRole('link', { name: 'стая.png' }).waitFor();

    // Signing before the report is written names what is missing.
    await page.getByRole('button', { name: 'Подпиши доклада' }).click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('inspection-status').textContent()).toBe('В ход');
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });

    await page.getByLabel('Проверката на място приключи на', { exact: true }).fill(today);
    await page.getByLabel('Питани са ползватели на услугата — само с тяхно съгласие').check();
    await page.getByLabel('Брой ползватели, дали съгласие', { exact: true }).fill('3');
    await page
      .getByLabel('Установени факти и обстоятелства', { exact: true })
      .fill('Проверени са документите, помещенията и графикът на обученията.');
    await page.getByRole('button', { name: 'Запиши доклада' }).click();
    await page.getByRole('button', { name: 'Подпиши доклада' }).waitFor();
    await page.getByRole('button', { name: 'Подпиши доклада' }).click();
    await page.getByTestId('inspection-signed').waitFor();
    expect(await page.getByTestId('inspection-status').textContent()).toBe('Подписан доклад');
    expect(await page.getByTestId('inspection-signed').textContent()).toContain(
      'Служителите са преминали въвеждащо обучение.',
    );
    expect(await first.getByRole('radio').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('forwards the report to the agency with a letter (art. 34)', async () => {
    const page = mayor.page;
    const forward = page.getByTestId('inspection-forward');
    await forward.getByLabel('Изходящ номер на писмото', { exact: true }).fill('И-26-88');
    await forward.getByRole('button', { name: 'Изпрати на Агенцията' }).click();
    await forward.getByRole('status').waitFor();
    expect(await forward.getByRole('status').textContent()).toContain('И-26-88');
    const letter = await pdfText(await download(page, 'Писмото (PDF)'));
    expect(letter).toContain('чл. 34');
    expect(letter).toContain('ЦОП „Закрилници“');
  });

  test('the signed report cannot be edited through the API, nor in SQL as the application role', async () => {
    const inspectionId = inspectionPath.split('/').at(-1) ?? '';
    const url = `/api/v1/tenants/${mayor.tenantId}/inspections/${inspectionId}`;
    const current = (await stack.h.call({ method: 'GET', url, token: mayor.token })).json<{
      version: number;
    }>();
    const edit = await stack.h.call({
      method: 'PATCH',
      url,
      token: mayor.token,
      payload: { version: current.version, facts: 'Пренаписано след подписа.' },
    });
    expect(edit.statusCode).toBe(409);
    const finding = await stack.h.call({
      method: 'PUT',
      url: `${url}/findings`,
      token: mayor.token,
      payload: { itemId: 'bg-2022/a02/s1/c1.1/i2', result: 'met', version: 1 },
    });
    expect(finding.statusCode).toBe(409);

    await expect(
      stack.h.asApp(mayor.tenantId, `update inspection_finding set result = 'met' where inspection_id = $1`, [
        inspectionId,
      ]),
    ).rejects.toThrow(/signed/);
    await expect(
      stack.h.asApp(mayor.tenantId, `update inspection set facts = 'Пренаписано' where id = $1`, [
        inspectionId,
      ]),
    ).rejects.toThrow(/signed/);
    const [row] = await stack.h.sql<{ facts: string }>('select facts from inspection where id = $1', [
      inspectionId,
    ]);
    expect(row?.facts).toBe('Проверени са документите, помещенията и графикът на обученията.');
  });

  test('the NGO reads the report; another NGO sees nothing of it', async () => {
    const page = ngo.page;
    await page.goto(`${stack.web.url}/t/${ngo.tenantId}`);
    await followNavigation(page, 'Проверки', `**/t/${ngo.tenantId}/inspections`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Заповед № РД-09-321/ }).click();
    await page.getByTestId('inspection-signed').waitFor();
    expect(await page.getByTestId('inspection-signed').textContent()).toContain('Двама нови служители');
    expect(await page.getByRole('radio').count()).toBe(0);
    const report = await pdfText(await download(page, 'Докладът (PDF)'));
    expect(report).toContain('Доклад от проверка по заповед № РД-09-321');
    expect(report).toContain('Служителите са преминали въвеждащо обучение.');

    const other = stranger.page;
    await other.goto(`${stack.web.url}/t/${stranger.tenantId}/inspections`);
    await other.getByTestId('received-inspections-empty').waitFor();
    const inspectionId = inspectionPath.split('/').at(-1) ?? '';
    const response = await other.goto(`${stack.web.url}/t/${stranger.tenantId}/inspections/${inspectionId}`);
    expect(response?.status()).toBe(404);
    expect(await other.textContent('main')).not.toContain('Закрилници');
  });
});
