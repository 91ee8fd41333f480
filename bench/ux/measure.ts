// Measures what a person meets on each demo role's pages: the page height at a desktop (1280×800) and a phone
// (390×844) viewport, the height of the navigation above the content, the width of the content column, and what the
// home page shows. Run against a running stack: `WEB=http://localhost:3300 node bench/ux/measure.ts > out.json`.
import { chromium, type Page } from 'playwright-core';

const WEB = process.env['WEB'] ?? 'http://localhost:3300';
const PASSWORD = 'Demo-Mera-2026!';
const ROLES = ['admin@demo-grizha.example', 'kachestvo@demo-grizha.example', 'inspektor@demograd.example'];
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The main navigation's links (before: `nav.main-nav`; after: the grouped menu's links, open or not). */
const NAV_LINKS = process.env['NAV'] ?? 'nav.main-nav a[href]';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});

async function logIn(page: Page, email: string): Promise<string> {
  await page.goto(`${WEB}/login`);
  await page.getByLabel('Имейл', { exact: true }).fill(email);
  await page.getByLabel('Парола', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Влизане' }).click();
  await page.waitForURL(/\/t\/[0-9a-f-]+$/);
  return page.url();
}

async function measure(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const nav = document.querySelector('nav.main-nav, [data-nav]');
    const header = document.querySelector('header');
    const widest = [...document.querySelectorAll('main table')].map((t) => ({
      table: Math.round(t.scrollWidth),
      box: Math.round(t.parentElement?.clientWidth ?? 0),
    }));
    return {
      height: document.documentElement.scrollHeight,
      headerHeight: Math.round(header?.getBoundingClientRect().height ?? 0),
      navHeight: Math.round(nav?.getBoundingClientRect().height ?? 0),
      mainTop: Math.round(main?.getBoundingClientRect().top ?? 0),
      contentWidth: Math.round(
        main
          ? main.clientWidth -
              parseFloat(getComputedStyle(main).paddingLeft) -
              parseFloat(getComputedStyle(main).paddingRight)
          : 0,
      ),
      horizontalOverflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      tables: widest,
    };
  });
}

const out: Record<string, unknown> = {};
for (const email of ROLES) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const home = await logIn(page, email);
  await page.goto(`${WEB}/locale/bg`);
  await page.goto(home);
  const links = await page.$$eval(NAV_LINKS, (as) =>
    as.map((a) => ({ href: (a as HTMLAnchorElement).href, label: a.textContent?.trim() ?? '' })),
  );
  const homeText = (await page.locator('main').innerText()).split('\n').filter(Boolean);
  const pages: Record<string, unknown> = {};
  for (const link of [{ href: home, label: 'HOME' }, ...links]) {
    const row: Record<string, unknown> = {};
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(link.href);
      row[size.name] = await measure(page);
      if (process.env['SHOTS'])
        await page.screenshot({
          path: `${process.env['SHOTS']}/${email.split('@')[0]}-${new URL(link.href).pathname.split('/').slice(3).join('-') || 'home'}-${size.name}.png`,
          fullPage: true,
        });
    }
    pages[`${link.label} ${new URL(link.href).pathname}`] = row;
  }
  out[email] = { home, navLinks: links.length, homeText, pages };
  await context.close();
}
await browser.close();
console.log(JSON.stringify(out, null, 1));
