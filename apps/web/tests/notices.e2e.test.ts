// Notices in a real browser: a municipality proposes a contract and orders an inspection; the provider's admin sees
// the bell's count in the header, reads the notices in Bulgarian with links to what they are about, marks one and
// then all read (the bell follows), and on the profile page turns e-mail off for one kind.
import { beforeAll, describe, expect, test } from 'vitest';
import { organisationStack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

const SERVICE = 'ЦОП „Камбанка“';

describe('notices in the browser', () => {
  let contractId = '';

  const org = organisationStack('Сдружение „Камбанка“', 'admin@kambanka.example');
  beforeAll(async () => {
    const { stack, tenantId, token } = org;
    const town = await stack.municipality('Община Звънец', 'kmet@zvanets.example');
    await town.page.close();
    const call = (method: 'POST', url: string, as: string, payload: object) =>
      stack.h.call({ method, url, token: as, payload });
    const service = await call('POST', `/api/v1/tenants/${tenantId}/services`, token, {
      name: SERVICE,
      pluginCode: 'sample',
      variantKey: 'specialised',
      address: 'Звънец, ул. „Първа“ 1',
    });
    const proposed = await call('POST', `/api/v1/tenants/${town.tenantId}/contracts`, town.token, {
      providerTenantId: tenantId,
      serviceId: service.json<{ id: string }>().id,
      basis: 'Договор № 3',
      startsOn: '2025-01-01',
      endsOn: '2099-12-31',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    contractId = proposed.json<{ id: string }>().id;
    await call('POST', `/api/v1/tenants/${tenantId}/contracts/${contractId}/decision`, token, {
      decision: 'accept',
    });
    const [kmet] = await stack.h.sql<{ id: string }>(
      `select id from app_user where email = 'kmet@zvanets.example'`,
    );
    const ordered = await call('POST', `/api/v1/tenants/${town.tenantId}/inspections`, town.token, {
      kind: 'periodic',
      reason: 'plan',
      orderNumber: 'РД-01',
      orderDate: '2026-05-04',
      startsOn: '2026-05-11',
      endsOn: '2026-05-12',
      contractId,
      inspectors: [{ userId: kmet?.id }],
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
  });

  const bell = () => org.page.getByTestId('notice-bell');

  test('the bell counts the unread notices and opens the list, each notice linking to what it is about', async () => {
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await bell().locator('.notice-bell__number').textContent()).toBe('2');
    expect(await bell().textContent()).toContain('2 непрочетени известия');
    await bell().click();
    await org.page.waitForURL(`**/t/${org.tenantId}/notices`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });

    const items = org.page.getByTestId('notices').locator('li');
    expect(await items.count()).toBe(2);
    const contract = items.filter({ hasText: 'предложи договор' }).getByRole('link');
    expect(await contract.textContent()).toBe(`Община Звънец предложи договор за „${SERVICE}“.`);
    expect(await contract.getAttribute('href')).toBe(`/t/${org.tenantId}/contracts`);
    const inspection = items.filter({ hasText: 'назначи проверка' }).getByRole('link');
    expect(await inspection.getAttribute('href')).toBe(`/t/${org.tenantId}/inspections`);
    expect(await accessibilityViolations(org.page)).toEqual([]);
  });

  test('marks one read, then all, and the bell follows', async () => {
    const items = org.page.getByTestId('notices').locator('li');
    await items
      .first()
      .getByRole('button', { name: /^Прочетено/ })
      .click();
    await expect.poll(() => bell().locator('.notice-bell__number').textContent()).toBe('1');
    await org.page.getByRole('button', { name: 'Отбележи всички като прочетени' }).click();
    await expect.poll(() => bell().locator('.notice-bell__number').textContent()).toBe('0');
    expect(await org.page.getByTestId('notices').locator('li.notification--unread').count()).toBe(0);
  });

  test('turns e-mail off for one kind on the profile page', async () => {
    await org.page.goto(`${org.stack.web.url}/profile`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    const choices = org.page.getByTestId('notice-preferences');
    const box = choices.getByRole('checkbox', { name: 'Коментар по документ: По имейл' });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await choices.getByRole('button', { name: 'Запази избора' }).click();
    await choices.getByRole('status').waitFor();
    expect(await choices.getByRole('status').textContent()).toBe('Изборът е запазен.');
    expect(await choices.getByRole('checkbox', { name: 'Коментар по документ: По имейл' }).isChecked()).toBe(
      false,
    );
    expect(
      await choices.getByRole('checkbox', { name: 'Коментар по документ: В приложението' }).isChecked(),
    ).toBe(true);
    expect(await accessibilityViolations(org.page)).toEqual([]);
  });
});
