// The services register in a real browser: register a service against a plugin's variant, see the Ordinance's
// rules evaluated on its facts, have bad input refused next to the field without losing anything, and meet a
// colleague's earlier save as a clear conflict instead of overwriting it.
import { describe, expect, test } from 'vitest';
import { organisationStack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { followNavigation } from './steps.ts';

describe('the services register in the browser', () => {
  const org = organisationStack('Сдружение „Надежда“', 'ivana@nadezhda.example');

  const field = (label: string) => org.page.getByLabel(label, { exact: true });

  test('register a service: bad input is refused next to the field and nothing typed is lost', async () => {
    await followNavigation(org.page, 'Услуги', `**/t/${org.tenantId}/services`);
    expect(await org.page.getByText('Все още няма регистрирани услуги.').count()).toBe(1);
    await org.page.getByRole('link', { name: 'Регистриране на услуга' }).click();
    await org.page.waitForURL('**/services/new');
    expect(await accessibilityViolations(org.page)).toEqual([]);

    await field('Наименование').fill('Център за обществена подкрепа „Надежда“');
    await field('Вид услуга и стандарти').selectOption({
      label: 'Приложение № 2 — Стандарти за качество за информиране и консултиране',
    });
    await field('Община').fill('Столична');
    await field('Капацитет (брой места)').fill('5о'); // a Cyrillic "о" typed for a zero
    await field('Брой потребители в момента').fill('4');
    await org.page.getByLabel('Държавно делегирана дейност').check();
    await org.page.getByRole('button', { name: 'Регистриране', exact: true }).click();

    const error = org.page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Капацитет (брой места)');
    expect(await org.page.locator('#field-capacity-error').textContent()).toMatch(/цяло число/);
    expect(await field('Наименование').inputValue()).toBe('Център за обществена подкрепа „Надежда“');
    expect(await field('Община').inputValue()).toBe('Столична');
    expect(await field('Брой потребители в момента').inputValue()).toBe('4');
    expect(await org.page.getByLabel('Държавно делегирана дейност').isChecked()).toBe(true);
    expect(await accessibilityViolations(org.page)).toEqual([]);
    // Nothing half-written: the register is still empty.
    expect(await org.stack.h.sql('select id from service where tenant_id = $1', [org.tenantId])).toEqual([]);

    await field('Капацитет (брой места)').fill('50');
    await org.page.getByRole('button', { name: 'Регистриране', exact: true }).click();
    await org.page.waitForURL(/\/services\/[0-9a-f-]{36}\?changed=created$/);
    expect(await org.page.getByRole('status').textContent()).toContain('Услугата е регистрирана.');
  });

  test('the plugin’s rules are evaluated on the service’s facts and shown next to it', async () => {
    // The fixture plugin allows 10–40 users: 50 places breaks the maximum.
    const capacity = org.page.locator('[data-rule="capacity"]');
    expect(await capacity.getAttribute('data-status')).toBe('fail');
    expect(await accessibilityViolations(org.page)).toEqual([]);

    await field('Капацитет (брой места)').fill('30');
    await org.page.getByRole('button', { name: 'Запазване' }).click();
    await org.page.getByText('Промените са запазени.').waitFor();
    expect(await org.page.locator('[data-rule="capacity"]').getAttribute('data-status')).toBe('pass');

    await org.page.getByRole('link', { name: '← Услуги' }).click();
    const row = org.page.locator('tr[data-service="Център за обществена подкрепа „Надежда“"]');
    expect(await row.textContent()).toContain('4 от 30');
    expect(await row.textContent()).toContain('Столична');
    expect(await accessibilityViolations(org.page)).toEqual([]);

    // On a phone the register's table is wider than the screen: its box scrolls, by keyboard too.
    await org.page.setViewportSize({ width: 390, height: 844 });
    const box = org.page.getByRole('region', { name: 'Услуги', exact: true });
    await expect.poll(() => box.getAttribute('tabindex')).toBe('0');
    expect(await accessibilityViolations(org.page)).toEqual([]);
    await org.page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => box.getAttribute('tabindex')).toBeNull();
  });

  test('a colleague’s earlier save is a conflict, not a silent overwrite', async () => {
    await org.page.locator('tr[data-service] a').first().click();
    await org.page.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    const serviceId = org.page.url().split('/').at(-1) ?? '';
    // Someone else changes the number of users while this page is open.
    const [row] = await org.stack.h.sql<{ version: number }>('select version from service where id = $1', [
      serviceId,
    ]);
    await org.stack.h.sql('update service set current_users = 12, version = version + 1 where id = $1', [
      serviceId,
    ]);
    expect(row?.version).toBeGreaterThan(0);

    await field('Община').fill('София');
    await org.page.getByRole('button', { name: 'Запазване' }).click();
    await org.page.getByTestId('form-error').waitFor();
    expect(await org.page.getByTestId('form-error').textContent()).toMatch(/промен/i);
    expect(await field('Община').inputValue()).toBe('София');
    const [unchanged] = await org.stack.h.sql<{ municipality: string; current_users: number }>(
      'select municipality, current_users from service where id = $1',
      [serviceId],
    );
    expect(unchanged).toEqual({ municipality: 'Столична', current_users: 12 });

    // Saving again, having seen the message, is a deliberate choice.
    await org.page.getByRole('button', { name: 'Запазване' }).click();
    await org.page.getByText('Промените са запазени.').waitFor();
    const [saved] = await org.stack.h.sql<{ municipality: string }>(
      'select municipality from service where id = $1',
      [serviceId],
    );
    expect(saved?.municipality).toBe('София');
  });
});
