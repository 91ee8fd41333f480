// The services register in a real browser: register a service against a plugin's variant, see the Ordinance's
// rules evaluated on its facts, have bad input refused next to the field without losing anything, and meet a
// colleague's earlier save as a clear conflict instead of overwriting it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

describe('the services register in the browser', () => {
  let stack: Stack;
  let page: Page;
  let tenantId = '';

  beforeAll(async () => {
    stack = await startStack();
    ({ page, tenantId } = await stack.person('Сдружение „Надежда“', 'ivana@nadezhda.example'));
  });
  afterAll(async () => {
    await stack?.close();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });

  test('register a service: bad input is refused next to the field and nothing typed is lost', async () => {
    await page
      .getByRole('navigation', { name: 'Основна навигация' })
      .getByRole('link', { name: 'Услуги' })
      .click();
    await page.waitForURL(`**/t/${tenantId}/services`);
    expect(await page.getByText('Все още няма регистрирани услуги.').count()).toBe(1);
    await page.getByRole('link', { name: 'Регистриране на услуга' }).click();
    await page.waitForURL('**/services/new');
    expect(await accessibilityViolations(page)).toEqual([]);

    await field('Наименование').fill('Център за обществена подкрепа „Надежда“');
    await field('Вид услуга и стандарти').selectOption({
      label: 'Приложение № 2 — Стандарти за качество за информиране и консултиране',
    });
    await field('Община').fill('Столична');
    await field('Капацитет (брой места)').fill('5о'); // a Cyrillic "о" typed for a zero
    await field('Брой потребители в момента').fill('4');
    await page.getByLabel('Държавно делегирана дейност').check();
    await page.getByRole('button', { name: 'Регистриране', exact: true }).click();

    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Капацитет (брой места)');
    expect(await page.locator('#field-capacity-error').textContent()).toMatch(/цяло число/);
    expect(await field('Наименование').inputValue()).toBe('Център за обществена подкрепа „Надежда“');
    expect(await field('Община').inputValue()).toBe('Столична');
    expect(await field('Брой потребители в момента').inputValue()).toBe('4');
    expect(await page.getByLabel('Държавно делегирана дейност').isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing half-written: the register is still empty.
    expect(await stack.h.sql('select id from service where tenant_id = $1', [tenantId])).toEqual([]);

    await field('Капацитет (брой места)').fill('50');
    await page.getByRole('button', { name: 'Регистриране', exact: true }).click();
    await page.waitForURL(/\/services\/[0-9a-f-]{36}\?changed=created$/);
    expect(await page.getByRole('status').textContent()).toContain('Услугата е регистрирана.');
  });

  test('the plugin’s rules are evaluated on the service’s facts and shown next to it', async () => {
    // The fixture plugin allows 10–40 users: 50 places breaks the maximum.
    const capacity = page.locator('[data-rule="capacity"]');
    expect(await capacity.getAttribute('data-status')).toBe('fail');
    expect(await accessibilityViolations(page)).toEqual([]);

    await field('Капацитет (брой места)').fill('30');
    await page.getByRole('button', { name: 'Запазване' }).click();
    await page.getByText('Промените са запазени.').waitFor();
    expect(await page.locator('[data-rule="capacity"]').getAttribute('data-status')).toBe('pass');

    await page.getByRole('link', { name: '← Услуги' }).click();
    const row = page.locator('tr[data-service="Център за обществена подкрепа „Надежда“"]');
    expect(await row.textContent()).toContain('4 от 30');
    expect(await row.textContent()).toContain('Столична');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('a colleague’s earlier save is a conflict, not a silent overwrite', async () => {
    await page.locator('tr[data-service] a').first().click();
    await page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    const serviceId = page.url().split('/').at(-1) ?? '';
    // Someone else changes the number of users while this page is open.
    const [row] = await stack.h.sql<{ version: number }>('select version from service where id = $1', [
      serviceId,
    ]);
    await stack.h.sql('update service set current_users = 12, version = version + 1 where id = $1', [
      serviceId,
    ]);
    expect(row?.version).toBeGreaterThan(0);

    await field('Община').fill('София');
    await page.getByRole('button', { name: 'Запазване' }).click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').textContent()).toMatch(/промен/i);
    expect(await field('Община').inputValue()).toBe('София');
    const [unchanged] = await stack.h.sql<{ municipality: string; current_users: number }>(
      'select municipality, current_users from service where id = $1',
      [serviceId],
    );
    expect(unchanged).toEqual({ municipality: 'Столична', current_users: 12 });

    // Saving again, having seen the message, is a deliberate choice.
    await page.getByRole('button', { name: 'Запазване' }).click();
    await page.getByText('Промените са запазени.').waitFor();
    const [saved] = await stack.h.sql<{ municipality: string }>(
      'select municipality from service where id = $1',
      [serviceId],
    );
    expect(saved?.municipality).toBe('София');
  });
});
