// Deadlines in a real browser, on a tablet: a service whose last quarter passed without a periodic check shows the
// check as overdue; the daily reminder job (triggered directly) puts reminders in the header, and marking one read
// lowers the count; the calendar link serves iCal and a new link stops the old one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runDailyReminders, sendReminderEmails } from '@mera/api/testing';
import { startStack, type Stack } from './stack.ts';
import { accessibilityViolations } from './support.ts';

const SERVICE = 'ЦОП „Срокове“';

describe('deadlines and reminders in the browser', () => {
  let stack: Stack;
  let page: Page;
  let tenantId = '';

  beforeAll(async () => {
    stack = await startStack();
    let token: string;
    ({ page, tenantId, token } = await stack.person('Сдружение „Срокове“', 'admin@srokove.example'));
    await page.setViewportSize({ width: 768, height: 1024 });
    const created = await stack.h.call({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/services`,
      token,
      payload: { name: SERVICE, pluginCode: 'sample', variantKey: 'specialised', startedOn: '2024-01-01' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { orm } = stack.h.app;
    await runDailyReminders(orm, async (id) => {
      await sendReminderEmails(orm, stack.h.app.mailer, stack.web.url, id);
    });
  });
  afterAll(async () => {
    await stack?.close();
  });

  test('shows the last quarter’s missing periodic check as overdue, with a link to the checks', async () => {
    await page.goto(`${stack.web.url}/t/${tenantId}`);
    await page
      .getByRole('navigation', { name: 'Основна навигация' })
      .getByRole('link', { name: 'Срокове' })
      .click();
    await page.waitForURL(`**/t/${tenantId}/deadlines`);
    await page.locator('[data-hydrated]').waitFor({ state: 'attached' });

    const overdue = page.getByTestId('deadlines-overdue');
    const check = overdue.locator('li[data-kind="periodic_check"]').first();
    expect(await check.textContent()).toContain('Просрочен');
    const link = check.getByRole('link');
    expect(await link.textContent()).toMatch(
      /^Периодична проверка за \d-во тримесечие на \d{4} г\. — ЦОП „Срокове“$/,
    );
    expect(await link.getAttribute('href')).toBe(`/t/${tenantId}/assessments`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The reminders reached the admin by e-mail as well (last month's meetings are always within the job's reach).
    const mail = await stack.h.mail.latest('admin@srokove.example');
    expect(mail.subject).toBe('Мера: срокове по качеството');
    expect(mail.text).toContain('Просрочени:');
    expect(mail.text).toMatch(/Екипна среща за \d{2}\.\d{4} г\. — ЦОП „Срокове“/);
  });

  test('counts unread reminders in the header; marking one read lowers the count', async () => {
    const bell = page.getByTestId('notification-bell');
    const before = Number(await bell.locator('.notification-bell__count').textContent());
    expect(before).toBeGreaterThan(0);
    expect(await bell.getAttribute('aria-label')).toBe(`Напомняния: ${before} непрочетени`);

    const first = page.getByTestId('notifications').locator('li.notification--unread').first();
    const id = await first.getAttribute('data-notification');
    await first.getByRole('button', { name: /^Прочетено/ }).click();
    await page.locator(`li[data-notification="${id}"]:not(.notification--unread)`).waitFor();
    await page
      .getByTestId('notification-bell')
      .locator('.notification-bell__count', { hasText: String(before - 1) })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('makes a calendar link that serves the deadlines as iCal; a new link stops the old one', async () => {
    await page.getByRole('button', { name: 'Създаване на връзка' }).click();
    const url = await page.getByTestId('calendar-url').inputValue();
    expect(url).toMatch(new RegExp(`^${stack.web.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await feed.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Нова връзка (старата спира)' }).click();
    await page.waitForFunction((old) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="calendar-url"]');
      return !!input && input.value !== old;
    }, url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(await page.getByTestId('calendar-url').inputValue())).status).toBe(200);
  });
});
