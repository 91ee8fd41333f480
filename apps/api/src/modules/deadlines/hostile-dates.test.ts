import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../testing/fixtures.ts';
import { createHarness, signUpAndLogIn, type Harness, type Person } from '../../testing/harness.ts';
import { runDailyReminders } from './reminders.ts';

/**
 * Issue 12.7: one stored date broke the deadlines for good (`periodEnd: "9999-12-31"` → `GET …/deadlines` 500
 * forever), and the daily reminders looped over every provider without isolating them.
 */
let h: Harness;
let healthy: Person;
let poisoned: Person;

beforeAll(async () => {
  h = await createHarness();
  // The poisoned tenant sorts first (the job walks tenants by id): its failure must not end the run.
  poisoned = await signUpAndLogIn(h, 'Сдружение „Отровено“', 'admin@otroveno.example');
  healthy = await signUpAndLogIn(h, 'Сдружение „Здраво“', 'admin@zdravo.example');
  // Organisations that have been in Mera since 2024: their past quarters and months are theirs to have missed.
  await h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
  for (const tenant of [poisoned, healthy])
    await createService(h, tenant, { name: 'ЦОП', startedOn: '2025-01-01' });
});

afterAll(async () => {
  await h.close();
});

describe('dates the API accepts', () => {
  it('are bounded: a programme ending in 9999 is a 400 naming the field and the rule, in bg, en and uk', async () => {
    const messages: Record<string, string> = {};
    for (const locale of ['bg', 'en', 'uk']) {
      const response = await h.call({
        method: 'POST',
        url: `/api/v1/tenants/${healthy.tenantId}/programmes`,
        token: healthy.token,
        headers: { 'accept-language': locale },
        payload: { title: 'Програма', periodStart: '2026-01-01', periodEnd: '9999-12-31' },
      });
      expect(response.statusCode, response.body).toBe(400);
      const [error] = response.json<{ errors: { field: string; rule: string; message: string }[] }>().errors;
      expect(error).toMatchObject({ field: 'body.periodEnd', rule: 'date_range' });
      messages[locale] = error?.message ?? '';
    }
    expect(messages).toEqual({
      bg: 'Датата трябва да е между 1990-01-01 и 2100-12-31.',
      en: 'The date must be between 1990-01-01 and 2100-12-31.',
      uk: 'Дата має бути між 1990-01-01 і 2100-12-31.',
    });
    const deadlines = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${healthy.tenantId}/deadlines`,
      token: healthy.token,
    });
    expect(deadlines.statusCode, deadlines.body).toBe(200);
  });

  it('are bounded in the query too, year 0 included', async () => {
    const response = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${healthy.tenantId}/deadlines?from=0000-01-01&to=2026-01-01`,
      token: healthy.token,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toMatchObject([{ field: 'query.from', rule: 'date_range' }]);
  });
});

describe('the daily reminders', () => {
  it('go on for every other tenant when one tenant’s data is poisoned, and name the one that failed', async () => {
    // Written by the owner, as old data or a bug elsewhere could have left it: dates PostgreSQL accepts and the
    // API refuses — a programme of 9999 (the deadlines still answer) and one starting at -infinity (they cannot).
    await h.sql(
      `insert into quality_programme (tenant_id, id, title, period_start, period_end)
       values ($1, gen_random_uuid(), 'До 9999', '2026-01-01', '9999-12-31')`,
      [poisoned.tenantId],
    );
    const far = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${poisoned.tenantId}/deadlines`,
      token: poisoned.token,
    });
    expect(far.statusCode, far.body).toBe(200);
    await h.sql(
      `insert into quality_programme (tenant_id, id, title, period_start, period_end)
       values ($1, gen_random_uuid(), 'Отровена', '-infinity', '2026-12-31')`,
      [poisoned.tenantId],
    );

    const queued: string[] = [];
    const run = await runDailyReminders(
      h.app.orm,
      async (tenantId) => void queued.push(tenantId),
      new Date('2026-04-03T05:00:00Z'),
    );
    expect(run.tenants).toBe(2);
    expect(run.failed.map((f) => f.tenantId)).toEqual([poisoned.tenantId]);
    expect(queued).toEqual([healthy.tenantId]);
    const notified = await h.sql<{ n: number }>(
      `select count(*)::int as n from notification where tenant_id = $1`,
      [healthy.tenantId],
    );
    expect(notified[0]?.n).toBeGreaterThan(0);
  });
});
