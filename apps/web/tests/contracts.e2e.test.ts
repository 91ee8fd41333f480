// Commissioning in a real browser: a municipality proposes a contract by the provider's ЕИК, seeing none of the
// provider's services; the provider accepts and names which service it is for; only then does the municipality
// see that service — and it stops seeing it when the contract ends.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { followNavigation, proposeContract, servicesOf, submittedProgramme } from './steps.ts';

describe('commissioning contracts in the browser', () => {
  let stack: Stack;
  let ngo: { page: Page; tenantId: string; token: string };
  let mayor: { page: Page; tenantId: string; token: string };
  let ngoEik = '';

  beforeAll(async () => {
    stack = await startStack();
    ngo = await stack.person('Сдружение „Надежда“', 'ivana@nadezhda.example');
    mayor = await stack.municipality('Община Габрово', 'kmet@gabrovo.example');
    const call = (url: string, payload: object) =>
      stack.h.call({ method: 'POST', url, token: ngo.token, payload });
    for (const name of ['ЦОП „Надежда“', 'Дневен център „Слънце“'])
      await call(`/api/v1/tenants/${ngo.tenantId}/services`, {
        name,
        pluginCode: 'sample',
        variantKey: 'specialised',
      });
    const [tenant] = await stack.h.sql<{ eik: string }>('select eik from tenant where id = $1', [
      ngo.tenantId,
    ]);
    ngoEik = tenant?.eik ?? '';
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('the municipality proposes by ЕИК; an unknown ЕИК is refused next to the field', async () => {
    const page = mayor.page;
    await followNavigation(page, 'Договори', `**/t/${mayor.tenantId}/contracts`);
    expect(await accessibilityViolations(page)).toEqual([]);
    const field = (label: string) => page.getByLabel(label, { exact: true });

    await proposeContract(page, {
      providerEik: '121212120',
      service: 'Център за обществена подкрепа',
      basis: 'Договор № 15 от 02.01.2026 г.',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
    });
    await page.locator('#field-providerEik-error').waitFor();
    expect(await page.locator('#field-providerEik-error').textContent()).toContain('още не работи в Мера');
    expect(await field('Услуга').inputValue()).toBe('Център за обществена подкрепа');

    await field('ЕИК на доставчика').fill(ngoEik);
    await page.getByRole('button', { name: 'Изпращане до доставчика' }).click();
    await page.getByText('Договорът е изпратен до Сдружение „Надежда“ за приемане.').waitFor();
    expect(await page.getByTestId('contract-status').textContent()).toBe('Чака решение на доставчика');
    // Before the provider consents, none of its services is visible.
    const services = await stack.h.call({
      method: 'GET',
      url: `/api/v1/tenants/${mayor.tenantId}/services`,
      token: mayor.token,
    });
    expect(services.json()).toEqual([]);
  });

  test('the provider accepts for one of its services; the municipality sees that one only', async () => {
    const page = ngo.page;
    await page.goto(`${stack.web.url}/t/${ngo.tenantId}/contracts`);
    const contract = page.locator('li[data-contract]');
    expect(await contract.getByRole('heading').textContent()).toContain('Община Габрово');
    expect(await accessibilityViolations(page)).toEqual([]);
    await contract
      .getByLabel('За коя от вашите услуги е договорът?')
      .selectOption({ label: 'ЦОП „Надежда“' });
    await contract.getByRole('button', { name: 'Приемам' }).click();
    await page.getByText('Решението е записано.').waitFor();
    expect(await page.getByTestId('contract-status').textContent()).toBe('В сила');

    await mayor.page.goto(`${stack.web.url}/t/${mayor.tenantId}/services`);
    const commissioned = mayor.page.getByTestId('commissioned-services');
    expect(await commissioned.textContent()).toContain('ЦОП „Надежда“');
    expect(await commissioned.textContent()).not.toContain('Дневен център „Слънце“');
  });

  test('the oversight dashboard lists the commissioned service and exports it', async () => {
    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}`);
    await followNavigation(page, 'Наблюдение', `**/t/${mayor.tenantId}/oversight`);
    expect(await page.getByTestId('oversight-summary').textContent()).toContain('1 услуга, от тях');
    expect(await page.locator('tr[data-service="ЦОП „Надежда“"]').textContent()).toContain(
      'Сдружение „Надежда“',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Изтегляне (CSV)' }).click(),
    ]);
    const path = await download.path();
    const csv = readFile(path, 'utf8');
    expect(await csv).toContain('ЦОП „Надежда“,Сдружение „Надежда“');
  });

  test('a submitted programme lands in the inbox; changes need a note, then the mayor agrees', async () => {
    const services = await servicesOf(stack.h, ngo.tenantId, ngo.token);
    const programme = await submittedProgramme(stack.h, ngo.tenantId, ngo.token, {
      title: 'Програма за качество 2026',
      serviceId: services.find((service) => service.name === 'ЦОП „Надежда“')?.id,
      measure: 'Групова супервизия на всеки 3 месеца',
      responsible: 'ivana@nadezhda.example',
    });

    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}`);
    await followNavigation(page, 'Получени програми', `**/t/${mayor.tenantId}/inbox`);
    expect(await page.locator(`tr[data-programme="${programme.id}"]`).textContent()).toContain(
      'Чака съгласуване',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Програма за качество 2026' }).click();
    await page.getByText('Групова супервизия на всеки 3 месеца').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Type only into a hydrated page: hydration would otherwise reset the note to what the server rendered.
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Искам промени' }).click();
    await page.locator('#field-note-error').waitFor();
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByLabel('Бележка към доставчика').fill('Добавете срок за обучението.');
    await page.getByRole('button', { name: 'Съгласувам' }).click();
    await page.getByText('Решението е записано и доставчикът го вижда.').waitFor();
    expect(await page.getByTestId('programme-status').textContent()).toContain('Съгласувана');
    const seen = (await stack.h.call({ method: 'GET', url: programme.url, token: ngo.token })).json<{
      status: string;
      decisionNote: string | null;
    }>();
    expect(seen).toMatchObject({ status: 'agreed', decisionNote: 'Добавете срок за обучението.' });
  });

  test('ending the contract closes the window', async () => {
    await mayor.page.goto(`${stack.web.url}/t/${mayor.tenantId}/contracts`);
    await mayor.page.getByRole('button', { name: 'Прекратяване' }).click();
    await mayor.page.getByText('Решението е записано.').waitFor();
    await mayor.page.goto(`${stack.web.url}/t/${mayor.tenantId}/services`);
    expect(await mayor.page.getByTestId('commissioned-services').count()).toBe(0);
  });
});
