// A newcomer's first hour, measured: from Mera's home page through sign-up, the e-mail link (read from the
// development mail page's /messages.json, as a person would open it from their mailbox), the home page's first steps
// — services registered by a centre type of the old law (the Ordinance's transitional provisions) — to a first
// score. Every click and every field typed or chosen is counted; the figures are written in the README.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMailPage, type MailPage } from '@mera/devstack/mail-page';
import { nextEik } from '@mera/api/testing';
import { startStack, type Stack } from './stack.ts';

/** The goal the issue set: a first score in at most ten clicks. */
const CLICK_GOAL = 10;

describe('a newcomer, from the home page to a first score', () => {
  let stack: Stack;
  let mailPage: MailPage;

  beforeAll(async () => {
    stack = await startStack({ plugins: 'workspace' });
    mailPage = await startMailPage(stack.h.mail, 0);
  }, 240_000);
  afterAll(async () => {
    await mailPage?.close();
    await stack?.close();
  });

  test('reaches a first score within the goal’s clicks, with the path’s progress on the home page', async () => {
    const context = await stack.browser.newContext({ locale: 'bg-BG' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    let clicks = 0;
    let fields = 0;
    const click = async (target: Locator) => {
      clicks++;
      await target.click();
    };
    const type = async (target: Locator, value: string) => {
      fields++;
      await target.fill(value);
    };
    const hydrated = (p: Page) => p.locator('[data-hydrated]').first().waitFor({ state: 'attached' });
    const email = 'maria@nova-grizha.example';
    const password = 'Дълга-Парола-2026';

    await page.goto(stack.web.url);
    await hydrated(page);
    await click(page.getByRole('link', { name: 'Регистрация на организация' }));
    await page.waitForURL('**/signup');
    await type(page.getByLabel('Наименование на организацията', { exact: true }), 'Сдружение „Нова грижа“');
    await type(page.getByLabel('ЕИК / БУЛСТАТ', { exact: true }), nextEik());
    await type(page.getByLabel('Име и фамилия', { exact: true }), 'Мария Новакова');
    await type(page.getByLabel('Имейл', { exact: true }), email);
    await type(page.getByLabel('Парола', { exact: true }), password);
    await click(page.getByRole('button', { name: 'Регистриране' }));
    await page.waitForURL('**/signup/check-email**');

    // The mailbox: the development mail page's JSON, the link in the newest message to this address.
    const mailedLink = async () => {
      const messages = (await (await fetch(`${mailPage.url}/messages.json`)).json()) as {
        to: string;
        text: string;
      }[];
      return (
        /https?:\/\/\S+verify-email\S+/.exec(messages.find((m) => m.to === email)?.text ?? '')?.[0] ?? null
      );
    };
    await expect.poll(mailedLink, { timeout: 15_000 }).toBeTruthy();
    const link = (await mailedLink()) ?? '';
    clicks++; // opening the link in the e-mail
    await page.goto(link.replace(/^https?:\/\/[^/]+/, stack.web.url));
    await hydrated(page);
    await click(page.getByRole('button', { name: 'Потвърждавам' }));
    await page.waitForURL('**/login**');
    await type(page.getByLabel('Имейл', { exact: true }), email);
    await type(page.getByLabel('Парола', { exact: true }), password);
    await click(page.getByRole('button', { name: 'Влизане' }));
    await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    await hydrated(page);

    const steps = page.getByTestId('home-onboarding');
    expect(await steps.getByText('0 от 5 стъпки').count()).toBe(1);
    await click(steps.getByRole('link', { name: /Регистрирайте услугите си/ }));
    await page.waitForURL('**/services/new?from=onboarding');
    await hydrated(page);
    const legacy = page.locator('section[aria-labelledby="legacy-heading"]');
    fields++;
    // A home for adults with disabilities (§ 2): held to one service's standards (annex 25). A centre held to
    // several (a ЦОП: § 1, item 11) works the same way; the full check of some of those annexes is issue 11's.
    await legacy.getByLabel('Вид център', { exact: true }).selectOption('bg-2022-p2-1');
    await type(
      legacy.getByLabel('Наименование', { exact: true }),
      'Дом за пълнолетни лица с увреждания „Нова грижа“',
    );
    await click(legacy.getByRole('button', { name: 'Регистриране на услугите на центъра' }));
    await page.waitForURL(/\/t\/[0-9a-f-]{36}(#home-onboarding)?$/);
    await hydrated(page);
    expect(await steps.getByText('1 от 5 стъпки').count()).toBe(1);

    await click(steps.getByRole('link', { name: 'Започнете първата проверка' }));
    await page.waitForURL('**/assessments/new?**');
    await hydrated(page);
    await click(page.getByRole('button', { name: 'Започване на проверката' }));
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await hydrated(page);
    await click(page.getByRole('radio', { name: 'Изпълнен' }).first());
    // Saved as it is chosen; the score follows once the server confirmed.
    await expect.poll(() => page.getByTestId('score').textContent(), { timeout: 15_000 }).toMatch(/\d/);
    const score = (await page.getByTestId('score').textContent())?.trim();

    process.stdout.write(`newcomer to a first score (${score}): ${clicks} clicks, ${fields} fields\n`);
    expect(clicks).toBeLessThanOrEqual(CLICK_GOAL);
    expect(fields).toBeLessThanOrEqual(9);

    // Back home, the path shows what is done: services and the first check.
    await page.goto(page.url().replace(/\/assessments\/.*$/, ''));
    await hydrated(page);
    expect(await steps.getByText('2 от 5 стъпки').count()).toBe(1);
    await context.close();
  }, 180_000);
});
