// What the browser tests share: free ports, the built web app as a child process, Chromium, axe-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type axe from 'axe-core';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

export const webEntry = fileURLToPath(new URL('../build/index.js', import.meta.url));

// Read once; evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (a
// <script> tag added to the page would be refused, as the policy intends).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA violations that axe-core finds on the page, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe: checker } = window as unknown as { axe: typeof axe };
    const result = await checker.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** The secret the browser tests' web app and API share (`WEB_TIER_SECRET`), as `npm start` makes one per run. */
export const WEB_TIER_SECRET = 'browser-tests-web-tier-secret-0123456789abcdef';

/**
 * Starts `node build/index.js` the way the development stack does, and waits until it answers. `env` adds to or
 * overrides its environment — e.g. `ORIGIN`, the public address it believes it has (by default its own http address).
 */
export async function startWeb(
  apiUrl: string,
  port?: number,
  env: Record<string, string> = {},
): Promise<WebServer> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const child: ChildProcess = spawn(process.execPath, [webEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(chosen),
      ORIGIN: url,
      API_URL: apiUrl,
      BODY_SIZE_LIMIT: '25M',
      WEB_TIER_SECRET,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (process.env['WEB_STDERR']) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web app exited with code ${child.exitCode}: ${stderr}`);
    const answered = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the web app did not answer at ${url} within 20 s: ${stderr}`);
}

/**
 * Collects what the page's Content-Security-Policy refused (Chromium reports each refusal on the console), so a
 * test can assert that the policy blocks nothing the app itself needs.
 */
export function watchCsp(page: Page, refused: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
  });
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    // Under the C locale (no LANG, as in a bare CI shell) Chromium cannot read a Cyrillic file name
    // ('План при бедствия.pdf'): uploads then send no file. Its character set is UTF-8 whatever the shell has;
    // the pages' language is each context's `locale`.
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile whose own language is English (Mera must still open in Bulgarian), failing fast with a
 * useful message rather than at the test's timeout.
 */
export async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  context.setDefaultTimeout(5_000);
  return context.newPage();
}

/** Clicks a download link and waits for the file. */
export async function download(page: Page, link: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return file;
}

/** A downloaded PDF's text, its white space folded to single spaces (line breaks fall where the layout put them). */
export async function pdfText(file: Download): Promise<string> {
  const bytes = await readFile((await file.path()) ?? '');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}
