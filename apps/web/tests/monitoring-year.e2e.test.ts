// The mayor's yearly monitoring (art. 35(1)) in a real browser: a municipality commissions an NGO's service whose
// check was completed last year; it starts the year's analysis (a year that is not a number is refused next to the
// field, and nothing typed is lost), sees the service's score and the weakest indicator under the Ordinance's
// methods, writes a text, approves the analysis and downloads it as a PDF and as an XLSX workbook with a chart.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations, download, pdfText } from './support.ts';
import { followNavigation } from './steps.ts';

const I2_TEXT = 'Служителите са преминали въвеждащо обучение.';

describe('the yearly monitoring in the browser', () => {
  let stack: Stack;
  let mayor: { page: Page; tenantId: string; token: string };
  const year = 2025;

  beforeAll(async () => {
    stack = await startStack();
    const ngo = await stack.person('Сдружение „Грижа“', 'admin@grizha.example');
    mayor = await stack.municipality('Община Габрово', 'kmet@gabrovo.example');
    const call = (method: 'POST' | 'PUT' | 'GET', url: string, token: string, payload?: object) =>
      stack.h.call({ method, url, token, ...(payload ? { payload } : {}) });
    const service = (
      await call('POST', `/api/v1/tenants/${ngo.tenantId}/services`, ngo.token, {
        name: 'ЦОП „Грижа“',
        pluginCode: 'sample',
        variantKey: 'specialised',
      })
    ).json<{ id: string }>();
    const contract = (
      await call('POST', `/api/v1/tenants/${mayor.tenantId}/contracts`, mayor.token, {
        providerTenantId: ngo.tenantId,
        serviceId: service.id,
        basis: 'Договор № 7',
        startsOn: '2024-01-01',
        endsOn: '2099-12-31',
      })
    ).json<{ id: string }>();
    await call('POST', `/api/v1/tenants/${ngo.tenantId}/contracts/${contract.id}/decision`, ngo.token, {
      decision: 'accept',
    });
    // A check completed in 2025: one indicator met, one not (50 %).
    const base = `/api/v1/tenants/${ngo.tenantId}/assessments`;
    const check = (
      await call('POST', base, ngo.token, {
        serviceId: service.id,
        kind: 'periodic',
        startedOn: '2025-03-02',
      })
    ).json<{ id: string }>();
    await call('PUT', `${base}/${check.id}/results`, ngo.token, {
      itemId: 'bg-2022/a02/s1/c1.1/i1',
      result: 'met',
      version: 0,
    });
    await call('PUT', `${base}/${check.id}/results`, ngo.token, {
      itemId: 'bg-2022/a02/s1/c1.1/i2',
      result: 'not_met',
      version: 0,
    });
    const { version } = (await call('GET', `${base}/${check.id}`, ngo.token)).json<{ version: number }>();
    await call('POST', `${base}/${check.id}/completion`, ngo.token, { version });
    await stack.h.sql(`update assessment set completed_at = '2025-03-20T10:00:00+02' where id = $1`, [
      check.id,
    ]);
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('starts the year’s analysis from the navigation; a year that is not a number is refused next to the field', async () => {
    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}`);
    await followNavigation(page, 'Ежегоден мониторинг', `**/t/${mayor.tenantId}/monitoring`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await accessibilityViolations(page)).toEqual([]);

    const field = page.getByLabel('Година', { exact: true });
    await field.fill('двайсет');
    await page.getByRole('button', { name: 'Събиране на данните за годината' }).click();
    await page.locator('#field-year-error').waitFor();
    expect(await field.inputValue()).toBe('двайсет');

    await field.fill(String(year));
    await page.getByRole('button', { name: 'Събиране на данните за годината' }).click();
    await page.waitForURL(`**/t/${mayor.tenantId}/monitoring/*`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page
      .getByRole('heading', {
        name: `Ежегоден мониторинг на качеството и ефективността на социалните услуги — ${year} г.`,
      })
      .waitFor();
    expect(await page.getByTestId('monitoring-status').textContent()).toBe('чернова');
    const services = page.getByTestId('monitoring-services');
    expect(await services.getByRole('row', { name: /ЦОП „Грижа“/ }).textContent()).toContain('50 %');
    expect(await page.getByTestId('monitoring-weaknesses').textContent()).toContain(I2_TEXT);
    expect(await page.getByText('Няма регистрирани проверки на общината в Мера за годината.').count()).toBe(
      1,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // On a phone a service is a card: the latest year's score is on the screen under its year (it was a column
    // scrolled out of sight).
    const desk = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const latest = services
      .getByRole('row', { name: /ЦОП „Грижа“/ })
      .locator('td.report-score')
      .last();
    expect(await latest.getAttribute('data-label')).toBe(String(year));
    expect(await latest.evaluate((cell) => cell.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (desk) await page.setViewportSize(desk);
  });

  test('writes a text, approves the analysis and downloads it as PDF and XLSX with a chart', async () => {
    const page = mayor.page;
    const council = page.getByLabel(
      'Предложения на Съвета по чл. 27 от ЗСУ и анализът им (чл. 35, ал. 1, т. 4)',
      {
        exact: true,
      },
    );
    await council.fill('Съветът предложи супервизия за екипите.');
    await page.getByRole('button', { name: 'Записване на текстовете' }).click();
    await page.getByText('Текстовете са записани.').waitFor();
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Утвърждаване на анализа' }).click();
    await page.getByText('Ежегодният мониторинг е утвърден и вече не може да се променя.').waitFor();
    expect(await page.getByTestId('monitoring-status').textContent()).toBe('утвърден');
    expect(await page.getByRole('button', { name: 'Записване на текстовете' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const pdf = await download(page, 'Изтегляне като PDF');
    expect(pdf.suggestedFilename()).toMatch(/^Ежегоден мониторинг 2025.*\.pdf$/);
    const flat = await pdfText(pdf);
    expect(flat).toContain('ЦОП „Грижа“');
    expect(flat).toContain('Съветът предложи супервизия за екипите.');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Изтегляне като Excel (XLSX) с диаграми' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // A zip whose directory names the chart part (the API test reads the chart itself).
    const workbook = await readFile((await xlsx.path()) ?? '');
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
    expect(workbook.includes('xl/charts/chart1.xml')).toBe(true);
  });
});
