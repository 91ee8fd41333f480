// The whole stack for a browser test: the real API (on a fresh PostgreSQL database, with an SMTP sink), the built
// web app, and Chromium. `person()` signs an organisation up through the API and logs its admin in through the UI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHarness, nextEik, PASSWORD, signUpAndLogIn, type Harness } from '@mera/api/testing';
import { startApi } from '@mera/api';
import { createTestDatabase } from '@mera/db/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  englishPage,
  freePort,
  launchBrowser,
  startWeb,
  WEB_TIER_SECRET,
  watchCsp,
  webEntry,
  type WebServer,
} from './support.ts';

/** The small fixture plugin the API's own tests use; `workspace` loads the real plugins under plugins/. */
const FIXTURE_PLUGINS = fileURLToPath(
  new URL('../../api/src/modules/catalogue/fixtures/plugins', import.meta.url),
);
const WORKSPACE_PLUGINS = fileURLToPath(new URL('../../../plugins', import.meta.url));

export interface Stack {
  h: Harness;
  web: WebServer;
  browser: Browser;
  /** A new organisation and its logged-in admin, in a fresh browser profile whose own language is English. */
  person(organisation: string, email: string): Promise<{ page: Page; tenantId: string; token: string }>;
  /** A service of the sample plugin's `specialised` variant, made through the API (`extra` adds facts); its id. */
  service(token: string, tenantId: string, name: string, extra?: Record<string, unknown>): Promise<string>;
  /** A municipality created by a platform operator, and its logged-in admin (same kind of profile). */
  municipality(name: string, email: string): Promise<{ page: Page; tenantId: string; token: string }>;
  /** Logs an existing account in, in a fresh browser profile, and waits for the organisation's page. */
  logIn(email: string, tenantId: string): Promise<Page>;
  /** Fails if the Content-Security-Policy refused anything on any page a logged-in person opened. */
  close(): Promise<void>;
}

const needBuild = () => {
  if (!existsSync(webEntry))
    throw new Error('apps/web/build is missing: run `pnpm --filter @mera/web build` first');
};

/**
 * The API on a fresh database, the built web app and Chromium, with nobody signed up: for the shell's own tests.
 * Registers the file's `beforeAll`/`afterAll`; the tests read `apiUrl`, `web` and `browser` once it has started.
 */
export function bareStack(): { apiUrl: string; web: WebServer; browser: Browser } {
  const started = {} as { apiUrl: string; web: WebServer; browser: Browser };
  let close = async () => {};
  beforeAll(async () => {
    needBuild();
    const database = await createTestDatabase();
    const api = await startApi({ databaseUrl: database.url, port: 0, host: '127.0.0.1' });
    started.apiUrl = api.url;
    [started.web, started.browser] = await Promise.all([startWeb(api.url), launchBrowser()]);
    close = async () => {
      await started.browser.close();
      await started.web.stop();
      await api.close();
      await database.drop();
    };
  });
  afterAll(() => close());
  return started;
}

export async function startStack(options: { plugins?: 'fixture' | 'workspace' } = {}): Promise<Stack> {
  needBuild();
  const webPort = await freePort();
  const [h, browser] = await Promise.all([
    createHarness({
      PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`,
      PLUGINS_DIR: options.plugins === 'workspace' ? WORKSPACE_PLUGINS : FIXTURE_PLUGINS,
      WEB_TIER_SECRET,
    }),
    launchBrowser(),
  ]);
  const apiUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
  const web = await startWeb(apiUrl, webPort);
  // Every page of every test of the stack, logged in or not, is watched for what the CSP refuses.
  const refusedByCsp: string[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', (page) => watchCsp(page, refusedByCsp));
    return context;
  };
  async function logIn(email: string, tenantId: string): Promise<Page> {
    const page = await englishPage(browser);
    await page.goto(`${web.url}/login`);
    await page.getByLabel('Имейл', { exact: true }).fill(email);
    await page.getByLabel('Парола', { exact: true }).fill(PASSWORD);
    // logging in runs the password hash and two page loads: on a machine shared by many test runs that can take
    // longer than the 5 s every other step gets
    await page.getByRole('button', { name: 'Влизане' }).click({ timeout: 20_000 });
    await page.waitForURL(`**/t/${tenantId}`, { timeout: 20_000 });
    return page;
  }

  return {
    h,
    web,
    browser,
    logIn,
    async person(organisation, email) {
      const session = await signUpAndLogIn(h, organisation, email);
      return {
        page: await logIn(email, session.tenantId),
        tenantId: session.tenantId,
        token: session.token,
      };
    },
    async service(token, tenantId, name, extra = {}) {
      const created = await h.call({
        method: 'POST',
        url: `/api/v1/tenants/${tenantId}/services`,
        token,
        payload: { name, pluginCode: 'sample', variantKey: 'specialised', ...extra },
      });
      if (created.statusCode !== 201) throw new Error(`creating the service failed: ${created.body}`);
      return created.json<{ id: string }>().id;
    },
    async municipality(name, email) {
      const operator = await signUpAndLogIn(h, `Оператор за ${name}`, `operator.${email}`);
      await h.sql('update app_user set is_operator = true where id = $1', [operator.userId]);
      const created = await h.call({
        method: 'POST',
        url: '/api/v1/operator/tenants',
        token: operator.token,
        payload: { kind: 'municipality', legalName: name, eik: nextEik(), adminEmail: email },
      });
      if (created.statusCode !== 201) throw new Error(`creating the municipality failed: ${created.body}`);
      const tenantId = created.json<{ id: string }>().id;
      const invitation = decodeURIComponent(
        new URL(await h.mail.link(email)).pathname.split('/').at(-1) ?? '',
      );
      const accepted = await h.call({
        method: 'POST',
        url: `/api/v1/invitations/${invitation}/accept`,
        payload: { displayName: 'Мария Кметова', password: PASSWORD },
      });
      if (accepted.statusCode >= 300) throw new Error(`accepting the invitation failed: ${accepted.body}`);
      const token = accepted.json<{ accessToken: string }>().accessToken;
      return { page: await logIn(email, tenantId), tenantId, token };
    },
    async close() {
      await browser.close();
      await web.stop();
      await h.close();
      if (refusedByCsp.length)
        throw new Error(`the Content-Security-Policy refused:\n${refusedByCsp.join('\n')}`);
    },
  };
}

/** One organisation's logged-in admin on a started stack: what `organisationStack` hands the tests. */
export interface Organisation {
  stack: Stack;
  page: Page;
  tenantId: string;
  token: string;
}

/**
 * For a file whose tests act as one organisation's admin, like `bareStack`: registers the file's `beforeAll` (the
 * stack, the organisation signed up and its admin logged in) and `afterAll`. The tests — and the file's own
 * `beforeAll`, which runs after this one — read the returned fields once it has started.
 */
export function organisationStack(
  organisation: string,
  email: string,
  options: { plugins?: 'fixture' | 'workspace' } = {},
): Organisation {
  const org = {} as Organisation;
  beforeAll(async () => {
    org.stack = await startStack(options);
    Object.assign(org, await org.stack.person(organisation, email));
  });
  afterAll(async () => {
    await org.stack?.close();
  });
  return org;
}
