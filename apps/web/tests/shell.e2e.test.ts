// The app shell in a real browser: the real API on a fresh PostgreSQL database, the built web app (`build/`,
// as `npm start` runs it) and Debian's headless Chromium.
import { API_VERSION } from '@mera/api';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bareStack } from './stack.ts';
import { accessibilityViolations, englishPage, freePort, startWeb } from './support.ts';
import { inOwnProfile } from './steps.ts';

/** A port nothing listens on: bound, noted and released. */
async function deadApiUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

describe('the web app shell', () => {
  const stack = bareStack();

  /** A fresh browser profile whose own language is English: Mera must still open in Bulgarian. */
  async function openPage(): Promise<Page> {
    const page = await englishPage(stack.browser);
    await page.goto(`${stack.web.url}/`);
    return page;
  }

  test('renders the Bulgarian shell with the API healthy and its version', async () => {
    await inOwnProfile(openPage(), async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe('bg');
      expect(await page.title()).toBe('Начало · Мера');

      const banner = page.getByRole('banner');
      expect(await banner.getByRole('link', { name: /Мера/ }).textContent()).toContain(
        'Качество на социалните услуги',
      );
      const nav = page.getByRole('navigation', { name: 'Основна навигация' });
      expect(await nav.getByRole('link', { name: 'Начало' }).getAttribute('aria-current')).toBe('page');
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Добре дошли в Мера');

      // The skip link is the first stop for the keyboard and leads to <main>.
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.textContent()).toBe('Към съдържанието');
      expect(await focused.getAttribute('href')).toBe('#main');

      const languages = page.getByRole('navigation', { name: 'Език' });
      expect(await languages.getByRole('link', { name: 'БГ, Български' }).getAttribute('aria-current')).toBe(
        'true',
      );

      const status = page.locator('section.status');
      expect(await status.getAttribute('data-status')).toBe('ok');
      expect(await page.getByTestId('status-summary').textContent()).toContain('Всичко работи.');
      expect(await page.getByTestId('status-server').textContent()).toContain('Работи');
      expect(await page.getByTestId('status-database').textContent()).toContain('Готова');
      expect(await page.getByTestId('status-version').textContent()).toBe(API_VERSION);
      expect(await page.getByRole('contentinfo').textContent()).toContain(
        `Версия на сървъра: ${API_VERSION}`,
      );

      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test('switches to English and Ukrainian, and keeps the choice', async () => {
    await inOwnProfile(openPage(), async (page) => {
      await page.getByRole('link', { name: 'EN, English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Mera');
      expect(await page.locator('.skip-link').textContent()).toBe('Skip to content');
      expect(await page.getByRole('navigation', { name: 'Main navigation' }).textContent()).toContain('Home');
      expect(await page.getByTestId('status-server').textContent()).toContain('Working');
      expect(await page.getByRole('link', { name: 'EN, English' }).getAttribute('aria-current')).toBe('true');
      expect(await page.getByRole('link', { name: 'БГ, Български' }).getAttribute('aria-current')).toBeNull();

      await page.reload();
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.getByRole('link', { name: 'УК, Українська' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'uk');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ласкаво просимо до Мери');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test('still renders, and says so, when the API does not answer', async () => {
    const offline = await startWeb(await deadApiUrl());
    try {
      const response = await fetch(`${offline.url}/`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="bg">');
      expect(html).toContain('data-status="unreachable"');
      expect(html).toContain('Няма връзка със сървъра.');
      expect(html).toContain('Версия на сървъра: няма връзка');
    } finally {
      await offline.stop();
    }
  });
});
