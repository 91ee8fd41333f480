// Deadlines in a real browser, on a tablet: a service whose last quarter passed without a periodic check shows the
// check as overdue, in a collapsed group of its kind and service; the header counts exactly what the page (and the
// home page) call overdue; reminders can still be marked read; the calendar link serves iCal and a new link stops
// the old one.
import { beforeAll, describe, expect, test } from 'vitest';
import { runDailyReminders, sendReminderEmails } from '@mera/api/testing';
import { organisationStack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

const SERVICE = 'ЦОП „Срокове“';

describe('deadlines and reminders in the browser', () => {
  const org = organisationStack('Сдружение „Срокове“', 'admin@srokove.example');
  beforeAll(async () => {
    const { stack, page, tenantId, token } = org;
    // Organisations that have been in Mera since 2024: their past quarters are theirs to have missed.
    await stack.h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
    await page.setViewportSize({ width: 768, height: 1024 });
    await stack.service(token, tenantId, SERVICE, { startedOn: '2024-01-01' });
    const { orm } = stack.h.app;
    await runDailyReminders(orm, async (id) => {
      await sendReminderEmails(orm, stack.h.app.mailer, stack.web.url, id);
    });
  });

  test('shows the last quarter’s missing periodic check as overdue, with a link to the checks', async () => {
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });
    // On a tablet the navigation is behind the menu button.
    await org.page.getByRole('button', { name: 'Меню' }).click();
    await org.page
      .getByRole('dialog')
      .getByRole('navigation', { name: 'Основна навигация' })
      .getByRole('link', { name: 'Срокове' })
      .click();
    await org.page.waitForURL(`**/t/${org.tenantId}/deadlines`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });

    // Grouped by kind, collapsed: the periodic checks are one line until opened.
    const overdue = org.page.getByTestId('deadlines-overdue');
    const group = overdue.locator('details[data-kind="periodic_check"]');
    expect(await group.getAttribute('open')).toBeNull();
    await group.locator('summary').click();
    const check = group.locator('li[data-kind="periodic_check"]').first();
    await check.waitFor();
    expect(await group.locator('h3').first().textContent()).toBe('ЦОП „Срокове“');
    expect(await check.textContent()).toContain('Просрочен');
    const link = check.getByRole('link');
    expect(await link.textContent()).toMatch(
      /^Периодична проверка за \d-во тримесечие на \d{4} г\. — ЦОП „Срокове“$/,
    );
    expect(await link.getAttribute('href')).toBe(`/t/${org.tenantId}/assessments`);
    expect(await accessibilityViolations(org.page)).toEqual([]);

    // The reminders reached the admin by e-mail as well (last month's meetings are always within the job's reach).
    const mail = await org.stack.h.mail.latest('admin@srokove.example');
    expect(mail.subject).toBe('Мера: срокове по качеството');
    expect(mail.text).toContain('Просрочени:');
    expect(mail.text).toMatch(/Екипна среща за \d{2}\.\d{4} г\. — ЦОП „Срокове“/);
  });

  test('counts in the header exactly what the page and the home page call overdue', async () => {
    const header = Number(
      await org.page.getByTestId('overdue-count').locator('.overdue-count__number').textContent(),
    );
    expect(header).toBeGreaterThan(0);
    expect(await org.page.getByTestId('overdue-count').textContent()).toContain(`${header} просрочени срока`);
    // The page's "Overdue (N)" and its groups' counts.
    expect(await org.page.locator('#group-overdue .deadline-count').textContent()).toBe(`(${header})`);
    const perKind = await org.page
      .getByTestId('deadlines-overdue')
      .locator('details > summary .badge')
      .allTextContents();
    expect(perKind.reduce((sum, text) => sum + Number(text.split(' ')[0]), 0)).toBe(header);
    // Groups keep the page short: a work list, not a wall of red.
    expect(await org.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);

    // Reminders are still listed, and marking one read changes no deadline.
    const first = org.page.getByTestId('notifications').locator('li.notification--unread').first();
    const id = await first.getAttribute('data-notification');
    await first.getByRole('button', { name: /^Прочетено/ }).click();
    await org.page.locator(`li[data-notification="${id}"]:not(.notification--unread)`).waitFor();
    expect(await org.page.getByTestId('overdue-count').locator('.overdue-count__number').textContent()).toBe(
      String(header),
    );
    expect(await accessibilityViolations(org.page)).toEqual([]);

    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}`);
    expect(await org.page.getByTestId('home-overdue').locator('.stat__number').textContent()).toBe(
      String(header),
    );
    await org.page.goto(`${org.stack.web.url}/t/${org.tenantId}/deadlines`);
    await org.page.locator('[data-hydrated]').waitFor({ state: 'attached' });
  });

  test('makes a calendar link that serves the deadlines as iCal; a new link stops the old one', async () => {
    await org.page.getByRole('button', { name: 'Създаване на връзка' }).click();
    const url = await org.page.getByTestId('calendar-url').inputValue();
    expect(url).toMatch(new RegExp(`^${org.stack.web.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await feed.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    expect(await accessibilityViolations(org.page)).toEqual([]);

    await org.page.getByRole('button', { name: 'Нова връзка (старата спира)' }).click();
    await org.page.waitForFunction((old) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="calendar-url"]');
      return !!input && input.value !== old;
    }, url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(await org.page.getByTestId('calendar-url').inputValue())).status).toBe(200);
  });
});
