// The Ordinance's standards in a real browser, with the real plugins: anyone can browse an annex and read its
// indicators and sources of information verbatim, and search them in Bulgarian.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { followNavigation } from './steps.ts';

describe('the catalogue of standards in the browser', () => {
  let stack: Stack;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack({ plugins: 'workspace' });
    const context = await stack.browser.newContext({ locale: 'bg-BG' });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
  });

  test('lists every service type and opens an annex with its text verbatim', async () => {
    await page.goto(`${stack.web.url}/`);
    await followNavigation(page, 'Стандарти', '**/catalogue');
    for (const name of [
      'Информиране и консултиране',
      'Резидентна грижа',
      'Осигуряване на подслон',
      'Асистентска подкрепа',
    ])
      expect(await page.getByRole('heading', { name, level: 3, exact: true }).count(), name).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Приложение № 2 — Специализирана' }).click();
    await page.waitForURL('**/catalogue/ik/specialised');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Приложение № 2 — Информиране и консултиране',
    );
    const indicator = page.locator('[data-indicator="bg-2022/a02/s9/c9.1/i73"]');
    expect(await indicator.locator('.catalogue__text').textContent()).toBe(
      'Минималният брой по основните категории служители е съобразен с броя на потребителите в ИК.*',
    );
    expect(await indicator.locator('.catalogue__note').textContent()).toBe(
      '(*) Минимален брой на лицата, ползващи социалната услуга - 4, и максимален брой лица, ползващи социалната услуга - 35.',
    );
    expect(await indicator.locator('.catalogue__sources li').allTextContents()).toContain(
      'Коефициент за определяне числеността на служителите (0,1)',
    );
    // Each automatic requirement is shown with the text it comes from.
    const capacityRule = page.locator('[data-rule="capacity"]');
    expect(await capacityRule.locator('blockquote').textContent()).toBe(
      '(*) Минимален брой на лицата, ползващи социалната услуга - 4, и максимален брой лица, ползващи социалната услуга - 35.',
    );
    expect(await page.locator('[data-rule="staffing-fill-rate"] blockquote').textContent()).toBe(
      'Щатното разписание е запълнено на минимум 75%.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('searches in Bulgarian and leads to the indicator', async () => {
    await page.goto(`${stack.web.url}/catalogue`);
    // A person types once the page is ready: under CI load the scripts can arrive after a robot's keystrokes.
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByLabel('Търсене в стандартите').fill('индивидуална супервизия');
    await page.getByRole('button', { name: 'Търсене' }).click();
    await page.waitForURL(/\/catalogue\?q=%D0/);
    const results = page.getByTestId('search-results');
    // After a client-side navigation the URL can change a moment before the results render.
    await results.locator('li').first().waitFor();
    expect(await results.locator('li').count()).toBeGreaterThan(3);
    expect((await results.locator('li').first().textContent())?.toLowerCase()).toContain('супервизия');
    // The matched words are highlighted.
    expect(
      (await results.locator('li').first().locator('mark').allTextContents()).map((t) => t.toLowerCase()),
    ).toContain('супервизия');
    expect(await accessibilityViolations(page)).toEqual([]);
    await results.locator('li a').first().click();
    await page.waitForURL(/\/catalogue\/[\w-]+\/[\w-]+#item-/);
    // The link leads to the element with the result's anchor (client-side navigation: no :target to rely on).
    const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    expect((await target.textContent())?.toLowerCase()).toContain('супервизия');
  });

  test('a provider registers an old-type community support centre as the services § 1 al. 11 prescribes', async () => {
    const { page: ngo, tenantId } = await stack.person('Сдружение „Закрилници“', 'admin@zakrilnici.example');
    await ngo.goto(`${stack.web.url}/t/${tenantId}/services/new`);
    await ngo.getByLabel('Вид център', { exact: true }).selectOption({
      label: 'Центрове за обществена подкрепа и общностни центрове за деца и семейства (§ 1, ал. 11)',
    });
    await ngo.getByRole('button', { name: 'Регистриране на услугите на центъра' }).click();
    // The name is required: refused next to the field, the choice kept.
    await ngo.locator('#field-legacyName-error').waitFor();
    expect(await ngo.getByLabel('Вид център', { exact: true }).inputValue()).toBe('bg-2022-p1-11');
    expect(await accessibilityViolations(ngo)).toEqual([]);

    await ngo.getByLabel('Наименование', { exact: true }).last().fill('ЦОП „Закрилници“');
    await ngo.getByRole('button', { name: 'Регистриране на услугите на центъра' }).click();
    await ngo.getByText('Регистрирани са 7 услуги.').waitFor();
    const rows = ngo.getByTestId('services').locator('tbody tr');
    expect(await rows.count()).toBe(7);
    expect(await ngo.getByTestId('services').textContent()).toContain(
      'ЦОП „Закрилници“ — Мобилна превантивна общностна работа',
    );
    expect(await accessibilityViolations(ngo)).toEqual([]);
  });
});
