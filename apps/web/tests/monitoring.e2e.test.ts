// Internal monitoring in a real browser: register a plan in the document register with its file (a file whose content
// is not an accepted type is refused next to the field, nothing typed is lost), start a periodic check on a chosen
// criterion, answer the indicators (saved as they are chosen), attach the registered plan that the indicator's source
// of information calls for, complete the check — and find the same plan offered in another service's check.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations, download, pdfText } from './support.ts';
import { followNavigation } from './steps.ts';

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

describe('internal monitoring with evidence in the browser', () => {
  let stack: Stack;
  let page: Page;
  let tenantId = '';
  let dir = '';
  const services: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    let token: string;
    ({ page, tenantId, token } = await stack.person('Сдружение „Мониторинг“', 'admin@monitoring.example'));
    for (const name of ['ЦОП „Мониторинг“', 'Дневен център „Мониторинг“']) {
      services.push(await stack.service(token, tenantId, name));
    }
    dir = await mkdtemp(path.join(tmpdir(), 'mera-evidence-'));
    await writeFile(path.join(dir, 'План при бедствия.pdf'), PDF);
    await writeFile(path.join(dir, 'program.pdf'), '<html><script>alert(1)</script></html>');
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('registers a plan with its file; a disguised file is refused next to the field and the title is kept', async () => {
    await page.goto(`${stack.web.url}/t/${tenantId}`);
    await followNavigation(page, 'Документи', `**/t/${tenantId}/documents`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Заглавие', { exact: true }).fill('План за защита при бедствия и аварии');
    await page.getByLabel('Файл', { exact: true }).setInputFiles(path.join(dir, 'program.pdf'));
    await page.getByLabel('Източник 1', { exact: true }).fill('План за действие при бедствия');
    await page.getByRole('button', { name: 'Записване в регистъра' }).click();
    await page.locator('#field-file-error').waitFor();
    expect(await page.locator('#field-file-error').textContent()).toContain('Този вид файл не се приема');
    expect(await page.getByLabel('Заглавие', { exact: true }).inputValue()).toBe(
      'План за защита при бедствия и аварии',
    );
    expect(await stack.h.sql('select 1 from stored_file')).toEqual([]);

    await page.getByLabel('Файл', { exact: true }).setInputFiles(path.join(dir, 'План при бедствия.pdf'));
    await page.getByRole('button', { name: 'Записване в регистъра' }).click();
    await page.getByText('Документът е записан в регистъра.').waitFor();
    const card = page.locator('li[data-document="План за защита при бедствия и аварии"]');
    expect(await card.textContent()).toContain('План за действие при бедствия');
    expect(await card.getByRole('link', { name: 'План при бедствия.pdf' }).count()).toBe(1);
  });

  test('runs a periodic check on a chosen criterion with the registered plan as evidence', async () => {
    await page.goto(`${stack.web.url}/t/${tenantId}/assessments`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Нова проверка' }).click();
    await page.getByLabel('Услуга', { exact: true }).selectOption({ label: 'ЦОП „Мониторинг“' });
    await page.getByRole('button', { name: 'Избор на услуга' }).click();
    await page.getByRole('button', { name: 'Започване на проверката' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // "Chosen criteria" without any chosen: the rule is named, nothing is created.
    await page.getByRole('button', { name: 'Започване на проверката' }).click();
    await page.locator('#field-scopeCriteria-error').waitFor();
    expect(await stack.h.sql('select 1 from assessment')).toEqual([]);
    await page.getByRole('checkbox', { name: /^1\.1\./ }).check();
    await page.getByRole('button', { name: 'Започване на проверката' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('progress-text').textContent()).toBe('0 от 2 индикатора');
    expect(await accessibilityViolations(page)).toEqual([]);

    const first = page.locator('article[data-item="bg-2022/a02/s1/c1.1/i1"]');
    const second = page.locator('article[data-item="bg-2022/a02/s1/c1.1/i2"]');
    // Chosen, and saved at once.
    await first.getByLabel('Изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('1 от 2 индикатора').waitFor();
    // the score follows once the server confirmed the answer (the plugin's scheme scores it)
    await page.getByTestId('score').getByText('100 %', { exact: true }).waitFor();

    await first.getByRole('button', { name: 'Прилагане: План за защита при бедствия и аварии' }).click();
    await first.locator('li[data-evidence="document"]').waitFor();
    expect(await first.locator('li[data-evidence="document"]').textContent()).toContain(
      'План за защита при бедствия и аварии',
    );

    await second.getByLabel('Частично изпълнен', { exact: true }).check();
    await page.getByTestId('progress-text').getByText('2 от 2 индикатора').waitFor();
    // the score follows once the server confirmed the answer (the plugin's scheme scores it)
    await page.getByTestId('score').getByText('75 %', { exact: true }).waitFor();

    await page.getByLabel('Изводи', { exact: true }).fill('Въвеждащото обучение да се документира.');
    await page.getByRole('button', { name: 'Приключване', exact: true }).click();
    await page.getByRole('heading', { name: 'Проверката е приключена' }).waitFor();
    expect(await first.getByRole('radio').count()).toBe(0);

    await page.goto(`${stack.web.url}/t/${tenantId}/assessments`);
    const row = page.locator('section[data-service="ЦОП „Мониторинг“"] tr[data-assessment]');
    expect(await row.textContent()).toContain('Приключена');
    expect(await row.textContent()).toContain('75 %');
  });

  test('the same plan is offered in another service’s check — registered once, never uploaded twice', async () => {
    await page.goto(`${stack.web.url}/t/${tenantId}/assessments/new?service=${services[1]}`);
    await page.getByLabel('Всички стандарти на услугата').check();
    await page.getByRole('button', { name: 'Започване на проверката' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const first = page.locator('article[data-item="bg-2022/a02/s1/c1.1/i1"]');
    expect(
      await first.getByRole('button', { name: 'Прилагане: План за защита при бедствия и аварии' }).count(),
    ).toBe(1);
    expect(await stack.h.sql('select 1 from stored_file')).toHaveLength(1);
  });
  test('the semi-annual analysis carries the check’s score into a real PDF; once submitted it is read-only', async () => {
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    await page.goto(`${stack.web.url}/t/${tenantId}`);
    await followNavigation(page, 'Анализи и отчети', `**/t/${tenantId}/reports`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A year that is not a number is refused next to the field, and what was chosen stays.
    await page.getByLabel('Година', { exact: true }).fill('20х6');
    await page.getByLabel('Шестмесечие', { exact: true }).selectOption(month <= 6 ? '1' : '2');
    await page.getByRole('button', { name: 'Събиране на данните' }).click();
    await page.locator('#field-year-error').waitFor();
    expect(await page.getByLabel('Година', { exact: true }).inputValue()).toBe('20х6');
    expect(await page.getByLabel('Шестмесечие', { exact: true }).inputValue()).toBe(month <= 6 ? '1' : '2');
    expect(await stack.h.sql('select 1 from report')).toEqual([]);

    await page.getByLabel('Година', { exact: true }).fill(String(year));
    await page.getByRole('button', { name: 'Събиране на данните' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const services = page.getByTestId('report-services');
    expect(await services.locator('tr', { hasText: 'ЦОП „Мониторинг“' }).textContent()).toContain('75 %');
    expect(await page.getByTestId('report-weaknesses').textContent()).toContain('Частично изпълнен');
    expect(await accessibilityViolations(page)).toEqual([]);
    // On a phone the page does not scroll sideways (it did, by 65 px) and a service's score is on the screen: the
    // table's rows are cards, each value under its column's name.
    const desk = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const score = services.locator('tr', { hasText: 'ЦОП „Мониторинг“' }).locator('td.report-score');
    expect(await score.getAttribute('data-label')).toBe('Оценка');
    expect((await score.boundingBox())?.x).toBeGreaterThanOrEqual(0);
    expect(await score.evaluate((cell) => cell.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
    if (desk) await page.setViewportSize(desk);

    await page
      .getByLabel('Предписания към служителите, обучения и супервизия (чл. 25, ал. 3)')
      .fill('Обучение по документиране на въвеждащото обучение.');
    await page.getByRole('button', { name: 'Записване на текстовете' }).click();
    await page.getByText('Текстовете са записани.').waitFor();

    const pdf = await download(page, 'Изтегляне като PDF');
    expect(pdf.suggestedFilename()).toMatch(/^Анализ .*\.pdf$/);
    const flat = await pdfText(pdf);
    expect(flat).toContain('Анализ на информацията от мониторинга на качеството');
    expect(flat).toContain('ЦОП „Мониторинг“');
    expect(flat).toContain('75 %');
    expect(flat).toContain('Обучение по документиране на въвеждащото обучение.');

    await page.getByRole('button', { name: 'Подаване', exact: true }).click();
    await page.getByTestId('report-status').getByText('Подаден').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.textContent('main')).toContain('Обучение по документиране на въвеждащото обучение.');
  });
});
