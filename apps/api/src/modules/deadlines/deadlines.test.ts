import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { createHarness, signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { DAILY_REMINDERS } from './index.ts';
import { runDailyReminders, sendReminderEmails } from './reminders.ts';
import { expectRefused } from '../../testing/requests.ts';

let h: Harness;
let A: Person;
let B: Person;
let serviceId: string;
const SERVICE_NAME = 'ЦОП „Закрилници“, Монтана; дневна';

const get = (url: string, token: string) => h.call({ method: 'GET', url, token });

beforeAll(async () => {
  ({ h, person: A } = await organisationOnFreshApi('Сдружение „Закрилници“', 'admin@zakrilnici.example'));
  B = await signUpAndLogIn(h, 'Сдружение „Друго“', 'admin@drugo.example');
  // Organisations that have been in Mera since 2024: their past quarters and months are theirs to have missed.
  await h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
  serviceId = await createService(h, A, { name: SERVICE_NAME, startedOn: '2025-01-01' });
});

afterAll(async () => {
  await h.close();
});

/** A report submitted through the reports feature (arranged directly: only its kind, period and state matter). */
async function submittedReport(kind: string, start: string, end: string) {
  await h.sql(
    `insert into report (tenant_id, id, kind, period_start, period_end, title, data, status, submitted_at)
     values ($1, gen_random_uuid(), $2, $3, $4, 'Отчет', '{}', 'submitted', now())`,
    [A.tenantId, kind, start, end],
  );
}

describe('the deadlines list', () => {
  it('owes a periodic check every quarter, done by a check started in it', async () => {
    const check = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${A.tenantId}/assessments`,
      token: A.token,
      payload: { serviceId, kind: 'periodic', startedOn: '2025-05-12' },
    });
    expect(check.statusCode, check.body).toBe(201);

    const response = await get(
      `/api/v1/tenants/${A.tenantId}/deadlines?from=2025-01-01&to=2025-12-31`,
      A.token,
    );
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json<{
      items: { kind: string; dueOn: string; status: string; title: { bg: string } }[];
    }>();
    const checks = items.filter((i) => i.kind === 'periodic_check');
    expect(checks.map((i) => [i.dueOn, i.status])).toEqual([
      ['2025-03-31', 'overdue'],
      ['2025-06-30', 'done'],
      ['2025-09-30', 'overdue'],
      ['2025-12-31', 'overdue'],
    ]);
    expect(checks[0]?.title.bg).toContain(SERVICE_NAME);
    expect(items.filter((i) => i.kind === 'team_meeting')).toHaveLength(12);
    expect(items.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['semiannual_analysis', 'annual_report']),
    );
  });

  it('marks a semi-annual analysis done once its report is submitted', async () => {
    await submittedReport('semi_annual_analysis', '2025-01-01', '2025-06-30');
    const response = await get(
      `/api/v1/tenants/${A.tenantId}/deadlines?from=2025-01-01&to=2025-12-31`,
      A.token,
    );
    const analyses = response
      .json<{ items: { kind: string; dueOn: string; status: string; tracked: boolean }[] }>()
      .items.filter((i) => i.kind === 'semiannual_analysis');
    expect(analyses.map((i) => [i.dueOn, i.status, i.tracked])).toEqual([
      ['2025-06-30', 'done', true],
      ['2025-12-31', 'overdue', true],
    ]);
  });

  it('shows another organisation none of them (row-level security)', async () => {
    const response = await get(
      `/api/v1/tenants/${B.tenantId}/deadlines?from=2025-01-01&to=2025-12-31`,
      B.token,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await get(`/api/v1/tenants/${A.tenantId}/deadlines`, B.token)).statusCode).toBe(404);
  });

  it('refuses a window that ends before it starts, or is too long, naming the field', async () => {
    const reversed = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${A.tenantId}/deadlines?from=2025-06-01&to=2025-01-01`,
      token: A.token,
      headers: { 'accept-language': 'bg' },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      expect.objectContaining({ field: 'query.to', rule: 'date_order' }),
    ]);
    const long = await get(`/api/v1/tenants/${A.tenantId}/deadlines?from=2020-01-01&to=2025-01-01`, A.token);
    expectRefused(long, 400, { field: 'query.to', rule: 'deadline_window' });
    const bad = await get(`/api/v1/tenants/${A.tenantId}/deadlines?from=2025-02-30`, A.token);
    expect(bad.statusCode).toBe(400);
  });
});

describe('the daily reminders', () => {
  // 3 April 2026, 08:00 in Sofia: the first quarter's check and March's meetings are overdue, a document is due.
  const now = new Date('2026-04-03T05:00:00Z');

  it('notifies the admin once per item and reminder, e-mails once, and a second run adds nothing', async () => {
    const document = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${A.tenantId}/documents`,
      token: A.token,
      payload: { kind: 'plan', title: 'План за действие при бедствия', nextReviewOn: '2026-04-08' },
    });
    expect(document.statusCode, document.body).toBe(201);

    await submittedReport('annual_report', '2025-01-01', '2025-12-31');
    const queued: string[] = [];
    const send = (tenantId: string) => {
      queued.push(tenantId);
      return sendReminderEmails(h.app.orm, h.app.mailer, 'http://web.test', tenantId).then(() => undefined);
    };
    const first = await runDailyReminders(h.app.orm, send, now);
    expect(first.today).toBe('2026-04-03');
    const before = h.mail.messages.length;
    expect(first.created).toBeGreaterThan(0);
    const second = await runDailyReminders(h.app.orm, send, now);
    expect(second.created).toBe(0);
    expect(queued).toEqual([A.tenantId]);

    const mails = h.mail.messages.filter(
      (m) => m.to === 'admin@zakrilnici.example' && m.subject.includes('срокове'),
    );
    expect(mails).toHaveLength(1);
    expect(h.mail.messages.length).toBe(before);
    const text = mails[0]?.text ?? '';
    expect(text).toContain('Просрочени:');
    expect(text).toContain(`31.03.2026 Периодична проверка за 1-во тримесечие на 2026 г. — ${SERVICE_NAME}`);
    expect(text).toContain('До 7 дни:');
    expect(text).toContain('08.04.2026 Преглед на документа „План за действие при бедствия“');
    expect(text).toContain(`http://web.test/t/${A.tenantId}/deadlines`);
    // The annual report for 2025 was submitted: nothing to remind of.
    expect(text).not.toContain('Годишен отчет');

    const rows = await h.sql<{ n: number }>(
      `select count(*)::int as n from notification where tenant_id = $1 and emailed_at is null`,
      [A.tenantId],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('lists the person’s notifications with the unread count, and marks one and then all read', async () => {
    const url = `/api/v1/tenants/${A.tenantId}/notifications`;
    const list = (await get(url, A.token)).json<{
      unread: number;
      items: { id: string; reminder: string }[];
    }>();
    expect(list.unread).toBe(list.items.length);
    expect(list.items.map((i) => i.reminder)).toEqual(expect.arrayContaining(['overdue', 'due_soon']));
    const id = list.items[0]?.id ?? '';
    const read = await h.call({ method: 'POST', url: `${url}/${id}/read`, token: A.token });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ readAt: string | null }>().readAt).not.toBeNull();
    expect((await get(`${url}?unread=true`, A.token)).json<{ unread: number }>().unread).toBe(
      list.unread - 1,
    );
    // Someone else's notification is not found.
    const other = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${B.tenantId}/notifications/${id}/read`,
      token: B.token,
    });
    expect(other.statusCode).toBe(404);
    const all = await h.call({ method: 'POST', url: `${url}/read`, token: A.token });
    expect(all.json<{ marked: number }>().marked).toBe(list.unread - 1);
    expect((await get(url, A.token)).json<{ unread: number }>().unread).toBe(0);
  });
});

describe('the iCal feed', () => {
  it('serves all-day events with stable ids and escaped, folded Cyrillic text; a rotated URL stops working', async () => {
    expect((await get('/api/v1/me/calendar-feed', A.token)).json()).toEqual({
      exists: false,
      createdAt: null,
    });
    const made = await h.call({ method: 'POST', url: '/api/v1/me/calendar-feed', token: A.token });
    expect(made.statusCode).toBe(201);
    const { url } = made.json<{ url: string }>();
    expect(url).toMatch(/^http:\/\/web\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = `/api/v1${new URL(url).pathname}`;

    const feed = await h.call({ method: 'GET', url: path });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = feed.body;
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('\\, Монтана\\; дневна');

    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const events = vcalendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThan(0);
    const check = events.find((e) => e.summary.startsWith('Периодична проверка'));
    expect(check?.summary).toContain(SERVICE_NAME);
    expect(check?.startDate.isDate).toBe(true);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const again = new ICAL.Component(ICAL.parse((await h.call({ method: 'GET', url: path })).body));
    expect(again.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).uid)).toEqual(uids);

    const rotated = await h.call({ method: 'POST', url: '/api/v1/me/calendar-feed', token: A.token });
    expect((await h.call({ method: 'GET', url: path })).statusCode).toBe(404);
    const next = `/api/v1${new URL(rotated.json<{ url: string }>().url).pathname}`;
    expect((await h.call({ method: 'GET', url: next })).statusCode).toBe(200);
    expect((await h.call({ method: 'GET', url: '/api/v1/calendar/nonsense.ics' })).statusCode).toBe(400);
  });
});

describe('background jobs', () => {
  it('start with the app on the migrated schema, schedule the daily run in Sofia time, and stop with it', async () => {
    const jobs = await createHarness({ JOBS: 'on' });
    try {
      expect(await jobs.app.jobsStarted).toBe(true);
      expect(jobs.app.boss).not.toBeNull();
      const schedule = await jobs.app.boss?.getSchedule(DAILY_REMINDERS);
      expect(schedule).toMatchObject({ name: DAILY_REMINDERS, cron: '30 6 * * *', timezone: 'Europe/Sofia' });
    } finally {
      await jobs.close();
    }
  });
});

// Last in the file: the newcomer is a third tenant, which the daily reminders above do not expect.
describe('a new organisation', () => {
  it('shows a new organisation nothing due before it came to Mera, whenever its services started', async () => {
    const newcomer = await signUpAndLogIn(h, 'Сдружение „Ново“', 'admin@novo.example');
    await h.sql(`update tenant set created_at = '2025-08-20T12:00:00+03' where id = $1`, [newcomer.tenantId]);
    const service = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${newcomer.tenantId}/services`,
      token: newcomer.token,
      payload: {
        name: 'ЦОП „Ново“',
        pluginCode: 'sample',
        variantKey: 'specialised',
        startedOn: '2019-01-01',
      },
    });
    expect(service.statusCode, service.body).toBe(201);
    const response = await get(
      `/api/v1/tenants/${newcomer.tenantId}/deadlines?from=2025-01-01&to=2025-12-31`,
      newcomer.token,
    );
    const { items } = response.json<{ items: { kind: string; dueOn: string }[] }>();
    expect(items.filter((i) => i.kind === 'periodic_check').map((i) => i.dueOn)).toEqual([
      '2025-09-30',
      '2025-12-31',
    ]);
    expect(items.every((i) => i.dueOn >= '2025-08-20')).toBe(true);
    // Its year's plan marks no quarter before it came as a missed check.
    const plan = await get(`/api/v1/tenants/${newcomer.tenantId}/monitoring-plan?year=2025`, newcomer.token);
    expect(
      plan
        .json<{ services: { quarters: { status: string }[] }[] }>()
        .services[0]?.quarters.map((q) => q.status),
    ).toEqual(['none', 'none', 'missing', 'missing']);
  });
});
