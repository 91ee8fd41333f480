// Ways back into an account and the address people type (issue 14), and what the attack on the web tier found
// (issue 12.4, 12.5): forgotten password and a new verification e-mail in a real browser, in Bulgarian, with the
// links read from the mail sink; 127.0.0.1 and localhost both work; a form from another site lands on the app's own
// page; a spent refresh cookie is a replay the API sees; one visitor's failed logins do not block another.
import { nextEik, PASSWORD } from '@mera/api/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations, freePort, startWeb, type WebServer } from './support.ts';

const NEW_PASSWORD = 'Съвсем-Нова-Парола-2027';

describe('getting in', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function visitor(): Promise<Page> {
    const context = await stack.browser.newContext({ locale: 'en-GB' });
    context.setDefaultTimeout(5_000);
    return context.newPage();
  }
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

  /** Waits for the next e-mail to `email` (mail leaves after the API has answered) and returns its link. */
  async function nextLink(email: string, before: number): Promise<string> {
    await expect
      .poll(() => stack.h.mail.messages.filter((m) => m.to === email).length, { timeout: 5_000 })
      .toBeGreaterThan(before);
    return stack.h.mail.link(email);
  }
  const mailCount = (email: string) => stack.h.mail.messages.filter((m) => m.to === email).length;

  test('forgotten password: the e-mailed link sets a new one once; the old session ends', async () => {
    const email = 'zabravena@nadezhda.example';
    const { page: loggedIn } = await stack.person('Сдружение „Забрава“', email);
    const page = await visitor();
    try {
      await page.goto(`${stack.web.url}/login`);
      await page.getByRole('link', { name: 'Забравена парола?' }).click();
      await page.waitForURL('**/forgot-password');
      expect(await page.title()).toBe('Забравена парола · Мера');
      expect(await accessibilityViolations(page)).toEqual([]);
      const before = mailCount(email);
      await field(page, 'Имейл').fill(email);
      await page.getByRole('button', { name: 'Изпращане на връзката' }).click();
      await page.getByTestId('link-sent').waitFor();
      expect(await page.getByTestId('link-sent').textContent()).toContain('Ако има профил с този имейл');
      expect(await accessibilityViolations(page)).toEqual([]);

      const link = await nextLink(email, before);
      expect(link.startsWith(`${stack.web.url}/reset-password?token=`)).toBe(true);
      await page.goto(link);
      await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await field(page, 'Нова парола').fill('кратка');
      await page.getByRole('button', { name: 'Запазване на новата парола' }).click();
      await page.waitForSelector('[data-testid="form-error"]');
      expect(await page.getByText('Трябва да съдържа поне 10 знака.').count()).toBeGreaterThan(0);
      await page.locator('[data-hydrated]').waitFor({ state: 'attached' });
      await field(page, 'Нова парола').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Запазване на новата парола' }).click();
      await page.waitForURL('**/login?reason=password_reset');
      expect(await page.getByRole('status').textContent()).toContain('Паролата е сменена');

      // The person logged in elsewhere — perhaps whoever knew the old password — is out.
      await loggedIn.reload();
      await loggedIn.waitForURL(/\/login\?redirect=/);

      await field(page, 'Имейл').fill(email);
      await field(page, 'Парола').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Влизане' }).click();
      await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);

      // The same link again: refused, with the way to a new one.
      const again = await visitor();
      await again.goto(link);
      await field(again, 'Нова парола').fill('Още-Една-Парола-2028');
      await again.getByRole('button', { name: 'Запазване на новата парола' }).click();
      await again.getByText('Тази връзка вече е използвана.').waitFor();
      expect(await again.getByRole('link', { name: 'Поискайте нова връзка' }).count()).toBe(1);
      expect(await accessibilityViolations(again)).toEqual([]);
      await again.context().close();
    } finally {
      await page.context().close();
      await loggedIn.context().close();
    }
  });

  test('an expired reset link is refused; an unknown address gets the same answer', async () => {
    const email = 'iztekla@nadezhda.example';
    await stack.person('Сдружение „Изтекла връзка“', email).then(({ page }) => page.context().close());
    const page = await visitor();
    try {
      await page.goto(`${stack.web.url}/forgot-password`);
      const before = mailCount(email);
      await field(page, 'Имейл').fill(email);
      await page.getByRole('button', { name: 'Изпращане на връзката' }).click();
      const known = await page.getByTestId('link-sent').textContent();
      const link = await nextLink(email, before);
      await stack.h.sql(
        `update email_token set expires_at = now() - interval '1 minute'
         where purpose = 'reset_password' and user_id = (select id from app_user where email = $1)`,
        [email],
      );
      await page.goto(link);
      await field(page, 'Нова парола').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Запазване на новата парола' }).click();
      await page.getByText('Връзката е изтекла. Поискайте нова.').waitFor();

      await page.goto(`${stack.web.url}/forgot-password`);
      await field(page, 'Имейл').fill('nikoy@nadezhda.example');
      await page.getByRole('button', { name: 'Изпращане на връзката' }).click();
      expect(await page.getByTestId('link-sent').textContent()).toBe(known);
    } finally {
      await page.context().close();
    }
  });

  test('a new verification e-mail, asked for from the login page, confirms the address', async () => {
    const email = 'potvardi@nadezhda.example';
    const signup = await stack.h.call({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        organisation: { legalName: 'Сдружение „Ново писмо“', eik: nextEik() },
        admin: { displayName: 'Дора Петрова', email, password: PASSWORD },
      },
    });
    expect(signup.statusCode).toBe(201);
    const first = await nextLink(email, 0);
    const page = await visitor();
    try {
      await page.goto(`${stack.web.url}/login`);
      await page.getByRole('link', { name: 'Не получихте имейла за потвърждение?' }).click();
      await page.waitForURL('**/verify-email/resend');
      expect(await accessibilityViolations(page)).toEqual([]);
      await field(page, 'Имейл').fill(email);
      await page.getByRole('button', { name: 'Изпращане на нова връзка' }).click();
      await page.getByTestId('link-sent').waitFor();
      const link = await nextLink(email, 1);
      expect(link).not.toBe(first);
      await page.goto(link);
      await page.getByRole('button', { name: 'Потвърждавам' }).click();
      await page.waitForURL('**/login?verified=1');
      await field(page, 'Имейл').fill(email);
      await field(page, 'Парола').fill(PASSWORD);
      await page.getByRole('button', { name: 'Влизане' }).click();
      await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    } finally {
      await page.context().close();
    }
  });

  test('the app opened as localhost while its ORIGIN says 127.0.0.1 takes forms all the same', async () => {
    const email = 'lokalen@nadezhda.example';
    const { tenantId } = await stack.person('Сдружение „Локален“', email);
    const page = await visitor();
    try {
      await page.goto(stack.web.url.replace('127.0.0.1', 'localhost') + '/login');
      await field(page, 'Имейл').fill(email);
      await field(page, 'Парола').fill(PASSWORD);
      await page.getByRole('button', { name: 'Влизане' }).click();
      await page.waitForURL(`**/t/${tenantId}`);
      expect(new URL(page.url()).hostname).toBe('localhost');
    } finally {
      await page.context().close();
    }
  });

  test("a form posted from another site lands on the app's own page with a way back", async () => {
    const page = await visitor();
    try {
      // Another site (another origin on this machine) whose page posts a form to Mera's login.
      await page.route('http://evil.test/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><title>x</title><form method="post" action="${stack.web.url}/login">
            <input name="email" value="a@b.example"><input name="password" value="x"><button>go</button></form>`,
        }),
      );
      await page.goto('http://evil.test/');
      await page.getByRole('button', { name: 'go' }).click();
      await page.waitForURL('**/refused?back=%2Flogin');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Формулярът беше отказан');
      expect(await page.getByTestId('refused').textContent()).toContain('Нищо не е записано.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Обратно към формуляра' }).click();
      await page.waitForURL('**/login');
    } finally {
      await page.context().close();
    }
  });

  test('a spent refresh cookie is not answered with the new tokens: the API sees the replay and ends the session', async () => {
    const email = 'povtorno@nadezhda.example';
    const { page } = await stack.person('Сдружение „Повторение“', email);
    const cookies = await page.context().cookies();
    await page.context().close();
    const refresh = cookies.find((cookie) => cookie.name === 'mera_web_refresh')?.value ?? '';
    const access = cookies.find((cookie) => cookie.name === 'mera_web_access')?.value ?? '';
    const claims = JSON.parse(Buffer.from(access.split('.')[1] ?? '', 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const expired = stack.h.app.jwt.sign(
      { sub: claims.sub, sid: claims.sid },
      { clockTimestamp: Date.now() - 11 * 60_000 },
    );
    const profile = (cookie: string) =>
      fetch(`${stack.web.url}/profile`, { headers: { cookie }, redirect: 'manual' });

    const first = await profile(`mera_web_access=${expired}; mera_web_refresh=${refresh}`);
    expect(first.status).toBe(200);
    const renewed = first.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
    const newRefresh = renewed.find((pair) => pair.startsWith('mera_web_refresh='));
    expect(newRefresh).toBeDefined();
    expect(newRefresh).not.toBe(`mera_web_refresh=${refresh}`);

    // The same spent cookie again (a copy someone kept): no person, no tokens…
    const replay = await profile(`mera_web_access=${expired}; mera_web_refresh=${refresh}`);
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/login\?redirect=/);
    expect(replay.headers.getSetCookie().filter((line) => /^mera_web_refresh=[^;]/.test(line))).toEqual([]);
    // …and the API treated it as theft: the session that the first request renewed is over too.
    const afterwards = await profile(renewed.join('; '));
    expect(afterwards.status).toBe(303);
    expect(afterwards.headers.get('location')).toMatch(/^\/login\?redirect=.*reason=ended/);
  });
});

describe('login rate limit per visitor through the web app', () => {
  let stack: Stack;
  let web: WebServer;

  beforeAll(async () => {
    stack = await startStack();
    // Behind a proxy the visitor's address comes in X-Forwarded-For (adapter-node's ADDRESS_HEADER); here it lets
    // one test be two visitors.
    const apiUrl = `http://127.0.0.1:${(stack.h.app.server.address() as { port: number }).port}`;
    web = await startWeb(apiUrl, await freePort(), { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
  });
  afterAll(async () => {
    await web?.stop();
    await stack?.close();
  });

  test("one stranger's twenty failed logins do not lock out the next person", async () => {
    const victim = 'mishena@nadezhda.example';
    const person = 'chovek@nadezhda.example';
    await stack.person('Сдружение „Мишена“', victim).then(({ page }) => page.context().close());
    await stack.person('Сдружение „Човек“', person).then(({ page }) => page.context().close());
    const login = (from: string, email: string, password: string) =>
      fetch(`${web.url}/login`, {
        method: 'POST',
        headers: {
          origin: web.url,
          'x-forwarded-for': from,
          'content-type': 'application/x-www-form-urlencoded',
          'x-sveltekit-action': 'true',
          accept: 'application/json',
        },
        body: new URLSearchParams({ email, password }),
        redirect: 'manual',
      });
    let last = await login('192.0.2.10', victim, 'не-е-тази-парола');
    for (let i = 1; i <= 20; i++) last = await login('192.0.2.10', victim, 'не-е-тази-парола');
    expect(await last.text()).toContain('Твърде много опити');

    const other = await login('192.0.2.20', person, PASSWORD);
    const result = (await other.json()) as { type: string; location?: string };
    expect(result.type).toBe('redirect');
  });
});
