// Issue 11 in a real browser: one checklist for checks and inspections. A full-scope check and a full-scope
// inspection of every variant of every installed plugin render, take an answer and complete or are signed; the two
// races that lost answers are replayed and survive a reload; answers given offline reach the server when the
// network is back; on a phone the first answer is in the first screen; a refused completion names what is missing;
// a conflict shows both versions; a failed finding becomes a prescription in one step.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  answerAllBut,
  discoverVariants,
  fullCheck,
  fullInspection,
  stored,
  writeReport,
  type Variant,
} from './checklist-fixtures.ts';
import { startStack, type Stack } from './stack.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('one checklist for checks and inspections (issue 11)', () => {
  let stack: Stack;
  let ngo: { page: Page; tenantId: string; token: string };
  let mayor: { page: Page; tenantId: string; token: string; userId: string };
  let variants: Variant[] = [];
  const errors: string[] = [];
  let services = 0;
  const name = (v: Variant) => `Услуга ${++services} (${v.plugin}/${v.variant})`;
  const hydrated = (page: Page) => page.locator('[data-hydrated]').waitFor({ state: 'attached' });
  const item = (page: Page, id: string) => page.locator(`article[data-item="${id}"]`);

  beforeAll(async () => {
    stack = await startStack({ plugins: 'workspace' });
    ngo = await stack.person('Сдружение „Чеклист“', 'admin@checklist.example');
    const municipality = await stack.municipality('Община Чеклист', 'kmet@checklist.example');
    const [user] = await stack.h.sql<{ id: string }>(
      `select id from app_user where email = 'kmet@checklist.example'`,
    );
    mayor = { ...municipality, userId: user?.id ?? '' };
    for (const page of [ngo.page, mayor.page]) page.on('pageerror', (error) => errors.push(error.message));
    variants = await discoverVariants(stack);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  test('finds the installed plugins’ variants in the catalogue', () => {
    // bg-ordinance's 26 variants (annexes 1–26) at least; the fixture-free workspace may hold more plugins
    expect(variants.length).toBeGreaterThanOrEqual(26);
  });

  test('a full-scope check of every variant renders, takes an answer and is completed', async () => {
    const page = ngo.page;
    for (const v of variants) {
      const check = await fullCheck(stack, ngo, v, name(v));
      const first = check.items[0] ?? '';
      await answerAllBut(stack, 'assessment', ngo.tenantId, check.id, check.items, [first]);
      await page.goto(`${stack.web.url}/t/${ngo.tenantId}/assessments/${check.id}`);
      await hydrated(page);
      await item(page, first).getByLabel('Изпълнен', { exact: true }).check();
      await item(page, first).getByRole('status').getByText('Записано').waitFor();
      await page.getByRole('button', { name: 'Приключване', exact: true }).click();
      await page.getByRole('heading', { name: 'Проверката е приключена' }).waitFor();
      expect(await stored(stack, 'assessment', check.id, first), `${v.plugin}/${v.variant}`).toMatchObject({
        result: 'met',
      });
    }
    expect(errors).toEqual([]);
  }, 600_000);

  test('a full-scope inspection of every variant renders, takes a finding and is signed', async () => {
    const page = mayor.page;
    for (const [n, v] of variants.entries()) {
      const check = await fullCheck(stack, ngo, v, name(v));
      const inspection = await fullInspection(stack, ngo, mayor, check.serviceId, 100 + n);
      const first = inspection.items[0] ?? '';
      await answerAllBut(stack, 'inspection', mayor.tenantId, inspection.id, inspection.items, [first]);
      await writeReport(stack, mayor, inspection.id);
      await page.goto(`${stack.web.url}/t/${mayor.tenantId}/inspections/${inspection.id}`);
      await hydrated(page);
      await item(page, first).getByLabel('Изпълнен', { exact: true }).check();
      await item(page, first).getByRole('status').getByText('Записано').waitFor();
      await page.getByRole('button', { name: 'Подпиши доклада' }).click();
      await page.getByTestId('inspection-signed').waitFor();
    }
    expect(errors).toEqual([]);
  }, 600_000);

  test('a note, then a result: one save carries both, and both survive a reload', async () => {
    const page = ngo.page;
    const check = await fullCheck(stack, ngo, variants[0]!, name(variants[0]!));
    const first = check.items[0] ?? '';
    await page.goto(`${stack.web.url}/t/${ngo.tenantId}/assessments/${check.id}`);
    await hydrated(page);
    await item(page, first).getByLabel('Бележка').fill('Планът е от 2023 г.');
    await item(page, first).getByLabel('Частично изпълнен', { exact: true }).check();
    await item(page, first).getByRole('status').getByText('Записано').waitFor();
    await page.reload();
    await hydrated(page);
    expect(await item(page, first).getByLabel('Частично изпълнен', { exact: true }).isChecked()).toBe(true);
    expect(await item(page, first).getByLabel('Бележка').inputValue()).toBe('Планът е от 2023 г.');
    expect(await stored(stack, 'assessment', check.id, first)).toMatchObject({
      result: 'partly_met',
      note: 'Планът е от 2023 г.',
    });
  });

  test('a result, then typing while its save is in flight: nothing typed is lost; a prescription in one step', async () => {
    const page = mayor.page;
    const v = variants[1] ?? variants[0]!;
    const check = await fullCheck(stack, ngo, v, name(v));
    const inspection = await fullInspection(stack, ngo, mayor, check.serviceId, 900);
    const first = inspection.items[0] ?? '';
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/inspections/${inspection.id}`);
    await hydrated(page);
    // the first save is held on the way until the person has typed the whole note
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let saves = 0;
    await page.route('**/answers', async (route) => {
      if (saves++ === 0) await held;
      await route.continue();
    });
    const note = 'Двама нови служители без въвеждащо обучение.';
    await item(page, first).getByLabel('Неизпълнен', { exact: true }).check();
    await item(page, first).getByRole('status').getByText('Записване…').waitFor();
    await item(page, first).getByLabel('Установени факти').pressSequentially(note);
    release();
    await item(page, first).getByRole('status').getByText('Записано').waitFor();
    expect(await item(page, first).getByLabel('Установени факти').inputValue()).toBe(note);
    await page.unroute('**/answers');
    expect(await stored(stack, 'inspection', inspection.id, first)).toMatchObject({
      result: 'not_met',
      note,
    });

    await item(page, first).getByRole('button', { name: 'Предписание по този индикатор' }).click();
    await item(page, first)
      .getByRole('link', { name: /^Предписание: / })
      .waitFor();

    await page.reload();
    await hydrated(page);
    expect(await item(page, first).getByLabel('Неизпълнен', { exact: true }).isChecked()).toBe(true);
    expect(await item(page, first).getByLabel('Установени факти').inputValue()).toBe(note);
    await item(page, first)
      .getByRole('link', { name: /^Предписание: / })
      .waitFor();
  });

  test('offline: answers wait on the device, survive a reload, and reach the server when the network is back', async () => {
    // a browser profile of its own, so that its service worker and IndexedDB start empty
    const phone = await stack.logIn('admin@checklist.example', ngo.tenantId);
    const v = variants[2] ?? variants[0]!;
    const check = await fullCheck(stack, ngo, v, name(v));
    const [a, b] = [check.items[0] ?? '', check.items[1] ?? ''];
    await phone.goto(`${stack.web.url}/t/${ngo.tenantId}/assessments/${check.id}`);
    await hydrated(phone);
    // the service worker has kept this page for a visit without network
    await expect
      .poll(() => phone.evaluate(async () => Boolean(await caches.match(location.pathname))), {
        timeout: 15_000,
      })
      .toBe(true);

    await phone.context().setOffline(true);
    await item(phone, a).getByLabel('Изпълнен', { exact: true }).check();
    await item(phone, b).getByLabel('Неизпълнен', { exact: true }).check();
    await item(phone, b).getByLabel('Бележка').fill('Няма протокол от последното обучение.');
    await item(phone, b).getByLabel('Бележка').blur();
    // a photo taken in the basement waits on the device too
    await item(phone, b).getByText('Друго доказателство').click();
    await item(phone, b).getByLabel('Файл (снимка, сканиран документ …)').setInputFiles({
      name: 'стая.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await item(phone, b).getByRole('button', { name: 'Качване' }).click();
    await item(phone, b).getByTestId('files-waiting').getByText('стая.png').waitFor();
    await phone.getByTestId('checklist-waiting').getByText('3 промени чакат изпращане.').waitFor();

    await phone.reload();
    await hydrated(phone);
    await phone.getByTestId('checklist-waiting').getByText('3 промени чакат изпращане.').waitFor();
    expect(await item(phone, a).getByLabel('Изпълнен', { exact: true }).isChecked()).toBe(true);
    expect(await item(phone, b).getByLabel('Бележка').inputValue()).toBe(
      'Няма протокол от последното обучение.',
    );
    expect(await stored(stack, 'assessment', check.id, a)).toBeUndefined();
    await item(phone, b).getByTestId('files-waiting').getByText('стая.png').waitFor();

    await phone.context().setOffline(false);
    await expect
      .poll(() => stored(stack, 'assessment', check.id, b), { timeout: 15_000 })
      .toMatchObject({
        result: 'not_met',
        note: 'Няма протокол от последното обучение.',
      });
    expect(await stored(stack, 'assessment', check.id, a)).toMatchObject({ result: 'met' });
    await item(phone, b).locator('li[data-evidence="file"]').getByText('стая.png').waitFor();
    await phone.getByTestId('checklist-waiting').getByText(/чака/).waitFor({ state: 'detached' });
    await phone.context().close();
  });

  test('on a phone the first answer is within the first screen', async () => {
    const page = mayor.page;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const kind of ['assessments', 'inspections'] as const) {
        const v = variants[3] ?? variants[0]!;
        const check = await fullCheck(stack, ngo, v, name(v));
        const who = kind === 'assessments' ? ngo : mayor;
        const id =
          kind === 'assessments'
            ? check.id
            : (await fullInspection(stack, ngo, mayor, check.serviceId, 950)).id;
        const first = (kind === 'assessments' ? check.items : [])[0];
        const view = who.page;
        await view.setViewportSize({ width: 390, height: 844 });
        await view.goto(`${stack.web.url}/t/${who.tenantId}/${kind}/${id}`);
        await hydrated(view);
        const radio = (first ? item(view, first) : view.locator('article.indicator').first())
          .getByRole('radio')
          .first();
        const box = await radio.boundingBox();
        expect(box, kind).not.toBeNull();
        expect((box?.y ?? 9999) + (box?.height ?? 0), kind).toBeLessThanOrEqual(844);
      }
    } finally {
      await ngo.page.setViewportSize({ width: 1280, height: 720 });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('a refused completion names every missing indicator and links to it; a conflict shows both versions', async () => {
    const page = ngo.page;
    const check = await fullCheck(stack, ngo, variants[0]!, name(variants[0]!));
    const [first, last] = [check.items[0] ?? '', check.items.at(-1) ?? ''];
    await answerAllBut(stack, 'assessment', ngo.tenantId, check.id, check.items, [first, last]);
    await page.goto(`${stack.web.url}/t/${ngo.tenantId}/assessments/${check.id}`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Приключване', exact: true }).click();
    const missing = page.getByTestId('checklist-missing');
    await missing.getByText('Не са отговорени 2 индикатора:').waitFor();
    await hydrated(page);
    await missing.getByRole('link').last().click();
    await item(page, last).getByLabel('Изпълнен', { exact: true }).waitFor();

    // someone else answers the same indicator meanwhile
    const other = await stack.h.call({
      method: 'PUT',
      url: `/api/v1/tenants/${ngo.tenantId}/assessments/${check.id}/results`,
      token: ngo.token,
      payload: { itemId: last, result: 'met', note: 'От колегата.', version: 0 },
    });
    expect(other.statusCode).toBe(200);
    await item(page, last).getByLabel('Неизпълнен', { exact: true }).check();
    const conflict = item(page, last).getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('От колегата.');
    expect(await conflict.textContent()).toContain('Неизпълнен');
    await conflict.getByRole('button', { name: 'Запази моя отговор' }).click();
    await item(page, last).getByRole('status').getByText('Записано').waitFor();
    expect(await stored(stack, 'assessment', check.id, last)).toMatchObject({
      result: 'not_met',
      version: 2,
    });
  });
});
