// Issue 3's flows in a real browser, in Bulgarian: sign-up and e-mail verification, login, organisations,
// invitations, members and roles, removal taking effect, silent token refresh, the audit trail. The real API
// (built here, with an SMTP sink whose links the test opens) on a fresh PostgreSQL database, the built web app,
// and Debian's Chromium. One API, one database, one browser for the whole file; each person gets a context.
import { existsSync } from 'node:fs';
import { buildApp, loadConfig } from '@mera/api';
import { startMailSink, type MailSink } from '@mera/devstack/mail-sink';
import { createOrm } from '@mera/db';
import { createTestDatabase, type TestDatabase } from '@mera/db/testing';
type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  accessibilityViolations,
  englishPage,
  freePort,
  launchBrowser,
  startWeb,
  webEntry,
  type WebServer,
} from './support.ts';
import { inOwnProfile } from './steps.ts';

const PASSWORD = 'Дълга-Парола-2026';
const ADMIN = 'ivana@nadezhda.example';
const COLLEAGUE = 'petar@nadezhda.example';
const ORGANISATION = 'Сдружение „Надежда“';

/** A valid 9-digit ЕИК: eight digits and the check digit the register computes. */
function validEik(base = '12345678'): string {
  const digits = [...base].map(Number);
  const sum = (weights: number[]) => digits.reduce((total, d, i) => total + d * (weights[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10]);
  return base + String(check === 10 ? 0 : check);
}

describe('identity and tenancy in the browser', () => {
  let database: TestDatabase;
  let mail: MailSink;
  let app: FastifyInstance;
  let web: WebServer;
  let browser: Browser;
  let admin: Page;
  let tenantUrl = '';

  beforeAll(async () => {
    if (!existsSync(webEntry))
      throw new Error('apps/web/build is missing: run `pnpm --filter @mera/web build` first');
    const webPort = await freePort();
    [database, mail, browser] = await Promise.all([createTestDatabase(), startMailSink(), launchBrowser()]);
    const config = loadConfig({
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      SMTP_URL: mail.url,
      PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`,
      PASSWORD_HASH_COST: '12',
    });
    app = await buildApp({ config, orm: await createOrm({ url: database.url, poolSize: 4 }) });
    const apiUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    web = await startWeb(apiUrl, webPort);
    admin = await newPerson();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await app?.close();
    await mail?.close();
    await database?.drop();
  });

  /** A fresh browser profile whose own language is English: Mera must still speak Bulgarian. */
  const newPerson = () => englishPage(browser);

  const field = (page: Page, label: string | RegExp) =>
    page.getByLabel(label, { exact: typeof label === 'string' });

  test('sign-up refuses a bad ЕИК next to the field and keeps what was typed', async () => {
    await admin.goto(`${web.url}/signup`);
    expect(await admin.title()).toBe('Регистрация на организация · Мера');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await field(admin, 'Наименование на организацията').fill(ORGANISATION);
    await field(admin, 'ЕИК / БУЛСТАТ').fill('123456789');
    await field(admin, 'Име и фамилия').fill('Ивана Петрова');
    await field(admin, 'Имейл').fill(ADMIN);
    await field(admin, 'Парола').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Регистриране' }).click();

    const eik = field(admin, 'ЕИК / БУЛСТАТ');
    await admin.waitForSelector('[data-testid="form-error"]');
    expect(await eik.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await eik.getAttribute('aria-describedby')) ?? '';
    const error = await admin.locator(`#${describedBy.split(' ').at(-1) ?? ''}`).textContent();
    expect(error).toContain('ЕИК не е валиден');
    expect(await eik.inputValue()).toBe('123456789');
    expect(await field(admin, 'Наименование на организацията').inputValue()).toBe(ORGANISATION);
    expect(await field(admin, 'Имейл').inputValue()).toBe(ADMIN);
    expect(await field(admin, 'Парола').inputValue()).toBe(''); // never sent back
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  test('sign up → open the e-mailed link → log in → see the organisation', async () => {
    await field(admin, 'ЕИК / БУЛСТАТ').fill(validEik());
    await field(admin, 'Парола').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Регистриране' }).click();
    await admin.waitForURL('**/signup/check-email');
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Проверете имейла си');

    const link = await mail.link(ADMIN);
    expect(link.startsWith(`${web.url}/verify-email?token=`)).toBe(true);
    await admin.goto(link);
    await admin.getByRole('button', { name: 'Потвърждавам' }).click();
    await admin.waitForURL('**/login?verified=1');
    expect(await admin.getByRole('status').textContent()).toContain('Имейлът е потвърден');
    expect(await accessibilityViolations(admin)).toEqual([]);

    await field(admin, 'Имейл').fill(ADMIN);
    await field(admin, 'Парола').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Влизане' }).click();
    await admin.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    tenantUrl = admin.url();
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(ORGANISATION);
    expect(await admin.getByTestId('person-name').textContent()).toBe('Ивана Петрова');
    expect(await admin.getByTestId('current-tenant').textContent()).toBe(ORGANISATION);
    const nav = admin.getByRole('navigation', { name: 'Основна навигация' });
    for (const name of ['Начало', 'Членове', 'Покани', 'Одитна следа', 'Профил'])
      expect(await nav.getByRole('link', { name }).count(), name).toBe(1);
    expect(await accessibilityViolations(admin)).toEqual([]);

    // The cookies hold the session for the web origin only: httpOnly, SameSite=Lax.
    const cookies = await admin.context().cookies();
    const access = cookies.find((cookie) => cookie.name === 'mera_web_access');
    expect(access?.httpOnly).toBe(true);
    expect(access?.sameSite).toBe('Lax');
  });

  test('a wrong password says so and keeps the e-mail', async () => {
    await inOwnProfile(newPerson(), async (page) => {
      await page.goto(`${web.url}/login`);
      await field(page, 'Имейл').fill(ADMIN);
      await field(page, 'Парола').fill('не-е-тази-парола');
      await page.getByRole('button', { name: 'Влизане' }).click();
      await page.waitForSelector('[data-testid="form-error"]');
      expect(await page.getByTestId('form-error').textContent()).toContain('Грешен имейл или парола.');
      expect(await field(page, 'Имейл').inputValue()).toBe(ADMIN);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test('what is typed before the page’s scripts arrive survives hydration', async () => {
    await inOwnProfile(newPerson(), async (page) => {
      // A slow connection: the HTML is there, the JavaScript is late.
      let release: () => void = () => undefined;
      const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_app/immutable/**/*.js', async (route) => {
        await scriptsHeld;
        await route.continue();
      });
      await page.goto(`${web.url}/login`, { waitUntil: 'domcontentloaded' });
      await field(page, 'Имейл').fill(ADMIN);
      await field(page, 'Парола').fill('вече-написана');
      release();
      await page.waitForFunction(() => document.querySelector('[data-hydrated]') !== null);
      expect(await field(page, 'Имейл').inputValue()).toBe(ADMIN);
      expect(await field(page, 'Парола').inputValue()).toBe('вече-написана');
    });
  });

  test('a form posted from another site is refused', async () => {
    const response = await fetch(`${web.url}/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: ADMIN, password: PASSWORD }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });

  test('invite → the colleague creates an account → role changed → removed, and loses access', async () => {
    await admin.goto(`${tenantUrl}/invitations`);
    expect(await accessibilityViolations(admin)).toEqual([]);
    await field(admin, 'Имейл').fill(COLLEAGUE);
    await field(admin, 'Роля').selectOption('staff');
    await admin.getByRole('button', { name: 'Изпращане на поканата' }).click();
    await admin.getByText(`Поканата е изпратена до ${COLLEAGUE}.`).waitFor();
    expect(await admin.getByTestId('pending-invitations').textContent()).toContain(COLLEAGUE);

    await inOwnProfile(newPerson(), async (colleague) => {
      const link = await mail.link(COLLEAGUE);
      expect(link.startsWith(`${web.url}/invitations/`)).toBe(true);
      await colleague.goto(link);
      expect(await colleague.getByTestId('invitation').textContent()).toContain(ORGANISATION);
      expect(await colleague.getByTestId('invitation').textContent()).toContain('служител');
      expect(await accessibilityViolations(colleague)).toEqual([]);
      await field(colleague, 'Име и фамилия').fill('Петър Иванов');
      await field(colleague, 'Парола').fill(PASSWORD);
      await colleague.getByRole('button', { name: 'Създаване на профил и приемане' }).click();
      await colleague.waitForURL(tenantUrl);
      expect(await colleague.getByRole('heading', { level: 1 }).textContent()).toBe(ORGANISATION);
      // A member of staff sees no administration.
      const nav = colleague.getByRole('navigation', { name: 'Основна навигация' });
      expect(await nav.getByRole('link', { name: 'Покани' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Одитна следа' }).count()).toBe(0);

      await admin.goto(`${tenantUrl}/members`);
      const row = admin.locator(`tr[data-member="${COLLEAGUE}"]`);
      expect(await row.textContent()).toContain('Петър Иванов');
      expect(await accessibilityViolations(admin)).toEqual([]);
      await row.getByLabel('Роля на Петър Иванов').selectOption('inspector');
      await row.getByRole('button', { name: /Запазване\W+Петър Иванов/ }).click();
      await admin.getByText('Ролята е променена.').waitFor();
      expect(await admin.locator(`tr[data-member="${COLLEAGUE}"] select`).inputValue()).toBe('inspector');

      await admin
        .locator(`tr[data-member="${COLLEAGUE}"]`)
        .getByRole('link', { name: /Премахване\W+Петър Иванов/ })
        .click();
      await admin.waitForURL(/\/remove$/);
      expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Премахване на член');
      expect(await accessibilityViolations(admin)).toEqual([]);
      await admin.getByRole('button', { name: 'Да, премахни' }).click();
      await admin.getByText('Членът е премахнат.').waitFor();
      expect(await admin.locator(`tr[data-member="${COLLEAGUE}"]`).count()).toBe(0);

      await colleague.reload();
      expect(await colleague.getByTestId('error-message').textContent()).toBe(
        'Нямате достъп до тази организация или тя не съществува.',
      );
      expect(await colleague.getByTestId('current-tenant').textContent()).toBe('Изберете организация');
    });
  });

  test('an expired access token is refreshed silently', async () => {
    const context = admin.context();
    const cookies = await context.cookies();
    const access = cookies.find((cookie) => cookie.name === 'mera_web_access');
    const refresh = cookies.find((cookie) => cookie.name === 'mera_web_refresh');
    if (!access || !refresh) throw new Error('not logged in');
    const claims = JSON.parse(Buffer.from(access.value.split('.')[1] ?? '', 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const expired = app.jwt.sign(
      { sub: claims.sub, sid: claims.sid },
      { clockTimestamp: Date.now() - 11 * 60_000 },
    );
    await context.addCookies([{ ...access, value: expired }]);

    await admin.goto(tenantUrl);
    expect(await admin.getByTestId('person-name').textContent()).toBe('Ивана Петрова');
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(ORGANISATION);
    const renewed = await context.cookies();
    expect(renewed.find((cookie) => cookie.name === 'mera_web_access')?.value).not.toBe(expired);
    expect(renewed.find((cookie) => cookie.name === 'mera_web_refresh')?.value).not.toBe(refresh.value);
  });

  test('the audit trail lists changes and verifies its chain', async () => {
    await admin.goto(`${tenantUrl}/audit`);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Одитна следа');
    expect(await admin.getByTestId('audit').locator('tbody tr').count()).toBeGreaterThan(0);
    // In people's words, not table names: who did what to which record.
    expect(await admin.getByTestId('audit').textContent()).toMatch(
      /Ивана Петрова (добави|изтри|промени) членството на/,
    );
    expect(await admin.getByTestId('audit').textContent()).not.toContain('membership');
    await admin.getByRole('button', { name: 'Проверка на целостта' }).click();
    const result = admin.getByTestId('audit-verification');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Веригата е проверена: всички \d+ записа са непокътнати\./);
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  test('profile: name and language; logging out ends the session', async () => {
    await admin.goto(`${web.url}/profile`);
    expect(await accessibilityViolations(admin)).toEqual([]);
    await field(admin, 'Име и фамилия').fill('Ивана Петрова-Колева');
    await admin.getByRole('button', { name: 'Запазване' }).click();
    await admin.getByText('Промените са запазени.').waitFor();
    expect(await admin.getByTestId('person-name').textContent()).toBe('Ивана Петрова-Колева');

    await admin.getByRole('button', { name: 'Изход' }).click();
    await admin.waitForURL('**/login?reason=logged_out');
    await admin.goto(tenantUrl);
    await admin.waitForURL(/\/login\?redirect=/);
  });
});
