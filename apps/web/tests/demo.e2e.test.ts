// The demo `npm start` seeds, in a real browser: each demo person logs in and opens every page of their navigation —
// each shows data (none of the app's "nothing here yet" texts) and no error — and the inspector finds the inspection
// ordered for next week. The navigation is read from the page itself, so a page added to it is visited too.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemoIfEmpty, type DemoCredential } from '@mera/api/testing';
import { startStack, type Stack } from './stack.ts';

/** The Bulgarian texts a page shows when its list is empty: every message named `…_none` or `…_empty`. */
async function emptyStateTexts(): Promise<Map<string, string>> {
  const messages = JSON.parse(
    await readFile(new URL('../messages/bg.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  return new Map(
    Object.entries(messages).flatMap(([key, text]) =>
      // A sentence, not a word like "няма" that any page may say about one of its rows.
      /_(none|empty)(_|$)/.test(key) && typeof text === 'string' && !text.includes('{') && text.length > 12
        ? [[key, text]]
        : [],
    ),
  );
}

/**
 * Empty states that are true of a year of real work and so stay: what is not there because nothing went wrong or
 * nobody asked (each with why), not a list the demo forgot to fill.
 */
const EXPECTED_EMPTY = new Set([
  // A criterion of the programme's nine (art. 19) without a measure this year.
  'programme_category_empty',
  // The deadlines page's groups: nothing is overdue in some of them.
  'deadline_group_empty',
  // No pending invitations: everyone invited has joined.
  'invitations_none',
  // A programme nobody has reviewed yet (the review is at the year's end).
  'review_none',
  // Nobody has commented on a document yet.
  'comments_none',
  'comments_none_municipality',
  // A rule of the Ordinance with nothing to say about a service's facts.
  'service_rules_none',
]);

/** The daily reminders are of a provider's deadlines: a municipality's list of them stays empty. */
const EXPECTED_EMPTY_FOR_MUNICIPALITY = new Set(['deadline_notifications_none']);

describe('the demo, page by page, for each demo person', () => {
  let stack: Stack;
  let credentials: DemoCredential[];
  let empty: Map<string, string>;

  beforeAll(async () => {
    stack = await startStack({ plugins: 'workspace' });
    credentials = await seedDemoIfEmpty(stack.h.app);
    empty = await emptyStateTexts();
  }, 240_000);
  afterAll(async () => {
    await stack?.close();
  });

  async function logIn(credential: DemoCredential): Promise<Page> {
    const context = await stack.browser.newContext({ locale: 'bg-BG' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${stack.web.url}/login`);
    await page.getByLabel('Имейл', { exact: true }).fill(credential.email);
    await page.getByLabel('Парола', { exact: true }).fill(credential.password);
    await page.getByRole('button', { name: 'Влизане' }).click();
    await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    return page;
  }

  const people = [
    ['admin@demo-grizha.example', 'provider admin'],
    ['kachestvo@demo-grizha.example', 'quality lead'],
    ['admin@demograd.example', 'municipality admin'],
    ['inspektor@demograd.example', 'inspector'],
  ] as const;

  test.each(people)(
    '%s (%s) sees data on every page of the navigation',
    async (email, role) => {
      const expected =
        role.startsWith('provider') || role === 'quality lead'
          ? EXPECTED_EMPTY
          : new Set([...EXPECTED_EMPTY, ...EXPECTED_EMPTY_FOR_MUNICIPALITY]);
      const credential = credentials.find((c) => c.email === email);
      expect(credential).toBeDefined();
      const page = await logIn(credential as DemoCredential);
      const nav = page.getByRole('navigation', { name: 'Основна навигация' }).first();
      const hrefs = [
        ...new Set(
          await nav.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
        ),
      ].filter((href) => !href.endsWith('/catalogue'));
      expect(hrefs.length).toBeGreaterThan(3);
      const problems: string[] = [];
      for (const href of hrefs) {
        const response = await page.goto(href);
        await page.locator('[data-hydrated]').first().waitFor({ state: 'attached' });
        const path = new URL(href).pathname;
        if (!response || response.status() >= 400) problems.push(`${path}: HTTP ${response?.status()}`);
        if (await page.getByTestId('error-message').count()) problems.push(`${path}: the error page`);
        const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
        for (const [key, message] of empty)
          if (!expected.has(key) && text.includes(message)) problems.push(`${path}: "${message}" (${key})`);
      }
      expect(problems).toEqual([]);
    },
    180_000,
  );

  test('the inspector finds the inspection ordered for next week, and last season’s signed one', async () => {
    const credential = credentials.find((c) => c.email === 'inspektor@demograd.example');
    const page = await logIn(credential as DemoCredential);
    await page
      .getByRole('navigation', { name: 'Основна навигация' })
      .first()
      .getByRole('link', { name: 'Проверки на място' })
      .click();
    await page.locator('[data-hydrated]').first().waitFor({ state: 'attached' });
    const main = page.locator('main');
    await main.getByText('РД-09-21').first().waitFor();
    await main.getByText('РД-09-14').first().waitFor();
  });
});
