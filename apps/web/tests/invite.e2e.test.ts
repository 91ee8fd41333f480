// A municipality invites a provider that is not on Mera yet from the contract form (with funding and a yearly
// amount); the provider signs up through the e-mailed link — the ЕИК must match — finds the proposed contract and
// accepts it. Then the municipality comments on the provider's submitted programme, and the provider reads it.
import type { Page } from 'playwright-core';
import { nextEik, PASSWORD } from '@mera/api/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { servicesOf, submittedProgramme } from './steps.ts';

describe('inviting a provider from the contract, and comments on its programme', () => {
  let stack: Stack;
  let mayor: { page: Page; tenantId: string; token: string };
  const eik = nextEik();
  const email = 'direktor@zora.example';
  let providerId = '';
  let providerPage: Page;
  let providerToken = '';

  beforeAll(async () => {
    stack = await startStack();
    mayor = await stack.municipality('Община Шумен', 'kmet@shumen.example');
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('the municipality fills in the provider’s e-mail for an ЕИК not on Mera; the invitation waits', async () => {
    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/contracts`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('ЕИК на доставчика').fill(eik);
    await field('Имейл на доставчика (по желание)').fill(email);
    await field('Услуга').fill('Дневен център за деца');
    await field('Основание (номер и дата на договора)').fill('Договор № 8 от 05.01.2026 г.');
    await field('В сила от').fill('2026-01-01');
    await field('В сила до').fill('2099-12-31');
    await page.getByLabel('Делегирана дейност с дофинансиране от общината').check();
    // A mistyped amount is refused next to its field, keeping everything typed.
    await field('Годишна сума (евро) (по желание)').fill('48 хил.');
    await page.getByRole('button', { name: 'Изпращане до доставчика' }).click();
    await page.locator('#field-yearlyAmountEur-error').waitFor();
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await field('Имейл на доставчика (по желание)').inputValue()).toBe(email);
    await field('Годишна сума (евро) (по желание)').fill('48 000,50');
    await page.getByRole('button', { name: 'Изпращане до доставчика' }).click();
    await page.getByText(`Поканата е изпратена до ${email}.`, { exact: false }).waitFor();
    const invitation = page.getByTestId('provider-invitations').locator('li[data-invitation]');
    expect(await invitation.getByTestId('invitation-status').textContent()).toContain('Чака регистрация');
    expect(await invitation.textContent()).toContain('48');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the provider signs up through the link with that ЕИК and accepts the proposed contract', async () => {
    const link = await stack.h.mail.link(email);
    expect(new URL(link).pathname).toBe('/signup');
    const context = await stack.browser.newContext({ locale: 'bg-BG' });
    context.setDefaultTimeout(5_000);
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('invite-signup').textContent()).toContain('Община Шумен');
    expect(await page.getByLabel('ЕИК / БУЛСТАТ', { exact: true }).inputValue()).toBe(eik);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Наименование на организацията', { exact: true }).fill('Сдружение „Зора“');
    await page.getByLabel('ЕИК / БУЛСТАТ', { exact: true }).fill(nextEik());
    await page.getByLabel('Име и фамилия', { exact: true }).fill('Директор Зора');
    await page.getByLabel('Парола', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Регистриране' }).click();
    await page.locator('#field-organisation-eik-error').waitFor();
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    expect(await page.locator('#field-organisation-eik-error').textContent()).toContain('не съвпада');

    await page.getByLabel('ЕИК / БУЛСТАТ', { exact: true }).fill(eik);
    await page.getByLabel('Парола', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Регистриране' }).click();
    await page.waitForURL('**/signup/check-email');
    const verify = new URL(await stack.h.mail.link(email)).searchParams.get('token') ?? '';
    await stack.h.call({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: verify } });
    const [tenant] = await stack.h.sql<{ id: string }>('select id from tenant where eik = $1', [eik]);
    providerId = tenant?.id ?? '';
    providerToken = (
      await stack.h.call({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      })
    ).json<{ accessToken: string }>().accessToken;
    await stack.h.call({
      method: 'POST',
      url: `/api/v1/tenants/${providerId}/services`,
      token: providerToken,
      payload: { name: 'ДЦ „Зора“', pluginCode: 'sample', variantKey: 'specialised' },
    });

    providerPage = await stack.logIn(email, providerId);
    await providerPage.goto(`${stack.web.url}/t/${providerId}/contracts`);
    const contract = providerPage.locator('li[data-contract]');
    expect(await contract.getByRole('heading').textContent()).toContain('Община Шумен');
    expect(await contract.getByTestId('contract-funding').textContent()).toBe(
      'Делегирана дейност с дофинансиране от общината',
    );
    await contract.getByLabel('За коя от вашите услуги е договорът?').selectOption({ label: 'ДЦ „Зора“' });
    await contract.getByRole('button', { name: 'Приемам' }).click();
    await providerPage.getByText('Решението е записано.').waitFor();
    expect(await providerPage.getByTestId('contract-status').textContent()).toBe('В сила');

    await mayor.page.goto(`${stack.web.url}/t/${mayor.tenantId}/contracts`);
    expect(
      await mayor.page.getByTestId('provider-invitations').getByTestId('invitation-status').textContent(),
    ).toContain('Доставчикът се регистрира');
  });

  test('the municipality comments on the submitted programme; the provider reads the comment', async () => {
    const [service] = await servicesOf(stack.h, providerId, providerToken);
    const programme = await submittedProgramme(stack.h, providerId, providerToken, {
      title: 'Програма „Зора“',
      serviceId: service?.id,
      measure: 'Супервизия',
      responsible: email,
    });

    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/inbox/${programme.id}`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Изпращане на коментара' }).click();
    await page.locator('#field-comment-error').waitFor();
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByLabel('Коментар', { exact: true }).fill('Уточнете кой води супервизията.');
    await page.getByRole('button', { name: 'Изпращане на коментара' }).click();
    await page.getByText('Коментарът е изпратен; доставчикът го вижда.').waitFor();
    expect(await page.getByTestId('comment').textContent()).toContain('Уточнете кой води супервизията.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await providerPage.goto(`${stack.web.url}/t/${providerId}/programme/${programme.id}`);
    const comments = providerPage.getByTestId('comments');
    expect(await comments.textContent()).toContain('Община Шумен');
    expect(await comments.textContent()).toContain('Уточнете кой води супервизията.');
    expect(await comments.getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(providerPage)).toEqual([]);
  });

  test('the municipality comments on a received semi-annual analysis; the provider reads it on its report', async () => {
    const [service] = await servicesOf(stack.h, providerId, providerToken);
    const base = `/api/v1/tenants/${providerId}/reports`;
    const report = (
      await stack.h.call({
        method: 'POST',
        url: base,
        token: providerToken,
        payload: { kind: 'semi_annual_analysis', year: 2026, half: 1, serviceId: service?.id },
      })
    ).json<{ id: string; version: number }>();
    const submitted = await stack.h.call({
      method: 'POST',
      url: `${base}/${report.id}/submission`,
      token: providerToken,
      payload: { version: report.version },
    });
    expect(submitted.statusCode).toBe(200);

    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/reports/${report.id}`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByLabel('Коментар', { exact: true }).fill('Липсват данни за обученията.');
    await page.getByRole('button', { name: 'Изпращане на коментара' }).click();
    await page.getByText('Коментарът е изпратен; доставчикът го вижда.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await providerPage.goto(`${stack.web.url}/t/${providerId}/reports/${report.id}`);
    const comments = providerPage.getByTestId('comments');
    expect(await comments.textContent()).toContain('Липсват данни за обученията.');
    expect(await comments.getByRole('textbox').count()).toBe(0);
  });

  test('the dashboard lists the services by address and shows the programme waiting for a decision', async () => {
    const page = mayor.page;
    await page.goto(`${stack.web.url}/t/${mayor.tenantId}/oversight`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await page
      .getByLabel('Подреждане', { exact: true })
      .selectOption({ label: 'По адрес (населено място, адрес)' });
    await page.getByRole('button', { name: 'Показване' }).click();
    await page.waitForURL('**/oversight?*sort=address*');
    expect(await page.locator('tr.oversight-group').first().textContent()).toContain(
      'Без посочено населено място',
    );
    expect(await page.getByTestId('programme-review').first().textContent()).toContain('Чака решение от');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
