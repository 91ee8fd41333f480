// Anonymous feedback surveys in a real browser: an admin opens a survey for a service and gets its public link and
// QR code; two people answer through the link in fresh browsers — no login, no cookie, one of them in English with
// JavaScript off — and the admin sees the two answers and the per-question chart with its data table.
import { beforeAll, describe, expect, test } from 'vitest';
import { organisationStack } from './stack.ts';
import { accessibilityViolations } from './support.ts';
import { followNavigation } from './steps.ts';

describe('feedback surveys in the browser', () => {
  let publicLink = '';

  const org = organisationStack('Сдружение „Обратна връзка“', 'admin@obratna.example');
  beforeAll(async () => {
    const { stack, tenantId, token } = org;
    await stack.service(token, tenantId, 'Дневен център „Слънце“');
  });

  test('the admin opens a survey for a service and gets a link and a QR code to print', async () => {
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}`);
    await followNavigation(org.page, 'Анкети', `**/t/${org.tenantId}/surveys`);
    expect(await accessibilityViolations(org.page)).toEqual([]);

    const service = org.page.locator('[data-service="Дневен център „Слънце“"]');
    await service.getByLabel('Шаблон на анкетата').selectOption({ label: 'Обратна връзка от потребителите' });
    await service.getByRole('button', { name: 'Отваряне на анкета' }).click();
    await org.page.waitForURL(/\/surveys\/[0-9a-f-]{36}\?changed=opened$/);
    await org.page.getByRole('heading', { name: 'Обратна връзка от потребителите', level: 1 }).waitFor();
    publicLink = (await org.page.getByTestId('public-link').textContent())?.trim() ?? '';
    expect(publicLink).toMatch(new RegExp(`^${org.stack.web.url}/s/[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}$`));
    expect(await org.page.locator('.survey-qr__image svg').count()).toBe(1);
    expect(await org.page.getByTestId('responses').textContent()).toBe('0');
    expect(await accessibilityViolations(org.page)).toEqual([]);
  });

  test('two people answer anonymously through the public link, one in English without JavaScript', async () => {
    // The first: a phone that scanned the code — Bulgarian, big buttons, no login.
    const first = await org.stack.browser.newContext({ locale: 'bg-BG' });
    first.setDefaultTimeout(5_000);
    const one = await first.newPage();
    await one.goto(publicLink);
    await one.locator('[data-hydrated]').waitFor({ state: 'attached' });
    await one.getByRole('heading', { name: 'Обратна връзка от потребителите' }).waitFor();
    expect(await one.getByRole('link', { name: 'Вход' }).count()).toBe(0);
    expect(await accessibilityViolations(one)).toEqual([]);
    // Sent with nothing answered: refused with a clear message, nothing stored.
    await one.getByRole('button', { name: 'Изпращане на отговорите' }).click();
    await one.getByTestId('form-error').waitFor();
    expect(await one.getByTestId('form-error').textContent()).toContain('Отговорете на поне един въпрос.');
    await one
      .getByRole('group', { name: /Доволни ли сте от подкрепата/ })
      .getByLabel('Напълно')
      .check();
    await one
      .getByRole('group', { name: /Чувствате ли се в безопасност/ })
      .getByLabel('По-скоро да')
      .check();
    await one.getByLabel(/Какво бихте променили/).fill('Повече занимания следобед.');
    await one.getByRole('button', { name: 'Изпращане на отговорите' }).click();
    await one.waitForURL(/\/thanks\?lang=bg$/);
    await one.getByRole('heading', { name: 'Благодарим Ви!' }).waitFor();
    expect(await accessibilityViolations(one)).toEqual([]);
    expect(await first.cookies()).toEqual([]);
    await first.close();

    // The second: a borrowed tablet with JavaScript off, switching the page to English.
    const second = await org.stack.browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    second.setDefaultTimeout(5_000);
    const two = await second.newPage();
    await two.goto(publicLink);
    await two.getByRole('link', { name: 'English' }).click();
    await two.getByRole('heading', { name: 'Feedback from users' }).waitFor();
    await two
      .getByRole('group', { name: /satisfied with the support/ })
      .getByLabel('Mostly yes')
      .check();
    await two
      .getByRole('group', { name: /feel safe in the service/ })
      .getByLabel('Fully')
      .check();
    await two.getByRole('button', { name: 'Send the answers' }).click();
    await two.waitForURL(/\/thanks\?lang=en$/);
    await two.getByRole('heading', { name: 'Thank you!' }).waitFor();
    expect(await second.cookies()).toEqual([]);
    await second.close();
  });

  test('the admin sees 2 answers and the chart per question with its data table', async () => {
    await org.page.reload();
    expect(await org.page.getByTestId('responses').textContent()).toBe('2');
    await org.page.getByRole('link', { name: 'Резултати' }).first().click();
    await org.page.waitForURL(/\/surveys\/results\?serviceId=/);
    await org.page.getByRole('heading', { name: /Обратна връзка от потребителите — Отговори: 2/ }).waitFor();

    const satisfied = org.page.locator('[data-question="satisfied"]');
    expect(await satisfied.textContent()).toContain('Отговорили: 2; средно: 4,5 от 5.');
    const bars = satisfied.getByTestId('chart').getByRole('listitem');
    expect(await bars.count()).toBe(5);
    expect((await bars.nth(3).textContent())?.replace(/\s+/g, ' ').trim()).toBe('4 — По-скоро да 1');
    expect((await bars.nth(4).textContent())?.replace(/\s+/g, ' ').trim()).toBe('5 — Напълно 1');
    const total = satisfied.locator('tfoot tr').locator('th, td');
    expect((await total.allTextContents()).map((t) => t.trim())).toEqual([
      'Общо',
      '2',
      '4,5',
      '0',
      '0',
      '0',
      '1',
      '1',
    ]);
    expect(await org.page.getByText('Повече занимания следобед.').count()).toBe(1);
    expect(await accessibilityViolations(org.page)).toEqual([]);

    // On a phone a bar still has room to be read: its track spans at least half the chart (it was a few pixels
    // beside the label column).
    await org.page.setViewportSize({ width: 390, height: 844 });
    const widths = await bars.nth(4).evaluate((row) => ({
      row: row.getBoundingClientRect().width,
      track: row.querySelector('.meter-track')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.track).toBeGreaterThan(widths.row / 2);
    await org.page.setViewportSize({ width: 1280, height: 800 });
  });
});
