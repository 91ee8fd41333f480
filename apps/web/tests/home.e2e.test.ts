// The home page ("what needs me") and the navigation, for a provider and a municipality, on a desktop (1280×800) and
// a phone (390×844): the right parts for the kind of organisation, the header's count equal to the home's, the score
// trend as a picture with its figures as text, the navigation in a few groups — behind a menu button on the phone,
// not above every page — and no accessibility violation at either size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SERVICE = 'ЦОП „Начало“';

describe('home and navigation', () => {
  let stack: Stack;
  let ngo: { page: Page; tenantId: string; token: string };
  let mayor: { page: Page; tenantId: string; token: string };

  beforeAll(async () => {
    stack = await startStack();
    ngo = await stack.person('Сдружение „Начало“', 'admin@nachalo.example');
    const created = await stack.h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/services`,
      token: ngo.token,
      payload: { name: SERVICE, pluginCode: 'sample', variantKey: 'specialised', startedOn: '2024-01-01' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const serviceId = created.json<{ id: string }>().id;
    // Two completed checks a quarter apart, and one in progress: a score, its change and a trend to draw.
    const [version] = await stack.h.sql<{ id: string }>(
      `select id from catalogue_version where plugin_code = 'sample' and variant_key = 'specialised'`,
    );
    const items = await stack.h.sql<{ item_id: string }>(
      `select item_id from catalogue_item where version_id = $1 and kind = 'indicator' order by position`,
      [version?.id],
    );
    for (const [daysAgo, results] of [
      [150, ['met', 'not_met']],
      [40, ['met', 'partly_met']],
      [null, ['met']],
    ] as const) {
      const [check] = await stack.h.sql<{ id: string }>(
        `insert into assessment (tenant_id, id, service_id, kind, catalogue_version_id, title, started_on, status,
                                 completed_at)
         values ($1, gen_random_uuid(), $2, 'periodic', $3, 'Тримесечна проверка', current_date, $4,
                 case when $5::int is null then null else now() - make_interval(days => $5::int) end) returning id`,
        [ngo.tenantId, serviceId, version?.id, daysAgo === null ? 'in_progress' : 'completed', daysAgo],
      );
      for (const [i, result] of results.entries())
        await stack.h.sql(
          `insert into assessment_result (tenant_id, assessment_id, item_id, result) values ($1, $2, $3, $4)`,
          [ngo.tenantId, check?.id, items[i]?.item_id, result],
        );
    }
    mayor = await stack.municipality('Община Начало', 'kmet@nachalo.example');
    // Organisations that have been in Mera since 2024: their past quarters are theirs to have missed.
    await stack.h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function open(page: Page, url: string, size: typeof DESKTOP) {
    await page.setViewportSize(size);
    await page.goto(url);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
  }

  test("the provider's home shows what needs them, at 1280×800", async () => {
    const { page, tenantId } = ngo;
    await open(page, `${stack.web.url}/t/${tenantId}`, DESKTOP);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Сдружение „Начало“');

    const header = await page.getByTestId('overdue-count').locator('.overdue-count__number').textContent();
    expect(Number(header)).toBeGreaterThan(0);
    expect(await page.getByTestId('home-overdue').locator('.stat__number').textContent()).toBe(header);

    const checks = page.getByTestId('home-checks');
    expect(await checks.getByRole('link', { name: 'Тримесечна проверка' }).count()).toBe(1);
    expect(await checks.textContent()).toContain('1 от 2 индикатора с резултат');

    const card = page.getByTestId('home-services').locator('li', { hasText: SERVICE });
    expect(await card.locator('.service-card__number').textContent()).toBe('75');
    expect(await card.textContent()).toContain('с 25 пункта повече от предходната');
    // The trend: an SVG drawn on the server, its figures as the image's text.
    const chart = card.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Оценка по тримесечия: .*50.*75/);
    expect(await card.locator('svg path').count()).toBeGreaterThan(0);
    expect(await card.locator('svg').evaluate((svg) => svg.closest('[aria-hidden="true"]') !== null)).toBe(
      true,
    );

    expect(await page.getByTestId('home-feedback').textContent()).toContain('Няма отворена анкета.');
    expect(await page.getByTestId('home-documents').textContent()).toContain('Нищо ново');
    expect(await page.getByTestId('home-inspections').count()).toBe(0);

    // The navigation: a handful of named groups, in a sidebar beside the content.
    const nav = page.getByRole('navigation', { name: 'Основна навигация' });
    const groups = await nav.locator('section').count();
    expect(groups).toBeGreaterThanOrEqual(5);
    expect(groups).toBeLessThanOrEqual(7);
    expect(await page.getByTestId('menu-button').isVisible()).toBe(false);
    const main = await page.locator('main').boundingBox();
    expect(main?.y).toBeLessThan(120);
    expect(main?.width).toBeGreaterThan(950);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('on a phone, the navigation is one menu button; the menu is a dialog that gives focus back', async () => {
    const { page, tenantId } = ngo;
    await open(page, `${stack.web.url}/t/${tenantId}`, PHONE);
    // The content starts right under a one-line header (it started 684 px down, under the links).
    expect((await page.locator('main').boundingBox())?.y).toBeLessThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByRole('navigation', { name: 'Основна навигация' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const button = page.getByRole('button', { name: 'Меню' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Меню' });
    await dialog.waitFor();
    const nav = dialog.getByRole('navigation', { name: 'Основна навигация' });
    expect(await nav.getByRole('link', { name: 'Начало' }).getAttribute('aria-current')).toBe('page');
    expect(await dialog.getByRole('button', { name: 'Изход' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    // A link in the menu goes there and the menu closes.
    await button.click();
    await nav.getByRole('link', { name: 'Срокове' }).click();
    await page.waitForURL(`**/t/${tenantId}/deadlines`);
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Срокове');
  });

  test("the municipality's home shows its commissioned services at a glance, at both sizes", async () => {
    const { page, tenantId } = mayor;
    for (const size of [DESKTOP, PHONE]) {
      await open(page, `${stack.web.url}/t/${tenantId}`, size);
      expect(await page.getByRole('heading', { name: 'Възложените услуги' }).count()).toBe(1);
      expect(await page.getByTestId('home-services').textContent()).toContain(
        'Няма услуги по договор в сила.',
      );
      expect(await page.getByTestId('home-inspections').textContent()).toContain(
        'Няма незавършени проверки на място.',
      );
      expect(await page.getByTestId('home-checks').count()).toBe(0);
      expect(await page.getByTestId('home-feedback').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
