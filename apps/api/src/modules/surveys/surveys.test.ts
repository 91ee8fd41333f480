import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, organisationOnFreshApi, type Person } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness } from '../../testing/harness.ts';
import { today } from '@mera/calendar';
import { bucketsBetween } from './results.ts';
import { expectRefused, tenantCaller } from '../../testing/requests.ts';

let h: Harness;
let ngo: Person;
let serviceId = '';

const ours = tenantCaller(
  () => h,
  () => ngo,
);

interface Survey {
  id: string;
  status: string;
  publicPath: string;
  publicUrl: string;
  questions: { id: string; kind: string }[];
  responses: number;
  version: number;
}

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Анкети“', 'admin@anketi.example'));
  serviceId = await createService(h, ngo, { name: 'Дневен център „Анкети“' });
});

afterAll(async () => {
  await h.close();
});

async function open(templateKey = 'users', dailyCap?: number): Promise<Survey> {
  const response = await ours('POST', '/surveys', {
    serviceId,
    templateKey,
    ...(dailyCap ? { dailyCap } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Survey>();
}

/** An anonymous person: no token, no cookie; the web app's hash of their address tells the limiter who is who. */
const answer = (survey: { publicPath: string }, payload: object, client = 'person-1', locale = 'bg') =>
  h.call({
    method: 'POST',
    url: `/api/v1/public/surveys/${survey.publicPath.slice(3)}/answers`,
    headers: { 'x-mera-client': client, 'accept-language': locale },
    payload,
  });

describe('opening a survey', () => {
  it('offers the plugin’s templates and snapshots the chosen one’s questions with a public link', async () => {
    const templates = await ours('GET', `/surveys/templates?serviceId=${serviceId}`);
    expect(templates.json<{ key: string }[]>().map((t) => t.key)).toEqual(['users', 'families', 'exit']);

    const survey = await open();
    expect(survey.status).toBe('open');
    expect(survey.publicUrl).toMatch(/^http:\/\/web\.test\/s\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(survey.questions.map((q) => q.kind)).toEqual([
      'scale',
      'scale',
      'scale',
      'scale',
      'scale',
      'text',
    ]);
    const detail = await ours('GET', `/surveys/${survey.id}`);
    expect(detail.json<{ qrSvg: string }>().qrSvg).toMatch(/^<svg[^>]*viewBox/);

    const unknown = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/surveys`,
      token: ngo.token,
      headers: { 'accept-language': 'en' },
      payload: { serviceId, templateKey: 'nonexistent' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      {
        field: 'body.templateKey',
        rule: 'unknown_template',
        message: 'The service has no such survey template.',
      },
    ]);
  });
});

describe('answering through the public link', () => {
  it('needs no login, shows the questions in three languages and keeps nothing about the person', async () => {
    const survey = await open('families');
    const shown = await h.call({
      method: 'GET',
      url: `/api/v1/public/surveys/${survey.publicPath.slice(3)}`,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['set-cookie']).toBeUndefined();
    expect(shown.json()).toMatchObject({
      serviceName: 'Дневен център „Анкети“',
      title: { bg: 'Обратна връзка от близките', en: 'Feedback from families' },
    });
    expect(shown.json().questions[0].scale[4]).toEqual({ bg: 'Напълно', en: 'Fully', uk: 'Повністю' });

    const sent = await answer(survey, {
      answers: { informed: 5, involved: 4 },
      texts: { comment: '  Повече срещи.  ' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.headers['set-cookie']).toBeUndefined();

    // The table has no column that could hold who answered, where from, or when to the second.
    const columns = await h.sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'survey_response' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'tenant_id',
      'id',
      'survey_id',
      'submitted_on',
      'answers',
    ]);
    const rows = await h.sql(`select * from survey_response where survey_id = $1`, [survey.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toEqual({ informed: 5, involved: 4, comment: 'Повече срещи.' });
    // A random id (v4), not a time-ordered one (v7) that would tell the moment of answering.
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1');
  });

  it('refuses, with nothing stored, a value off the scale, an unknown question, no answer and a filled honeypot', async () => {
    const survey = await open('exit');
    const off = await answer(survey, { answers: { goals: 7, nosuch: 1 } }, 'person-2', 'en');
    expect(off.statusCode).toBe(400);
    expect(off.json().errors).toEqual([
      { field: 'body.answers.goals', rule: 'scale_value', message: 'Choose a value from 1 to 5.' },
      { field: 'body.answers.nosuch', rule: 'unknown_question', message: 'The survey has no such question.' },
    ]);
    const none = await answer(survey, { answers: {}, texts: { comment: '   ' } }, 'person-2');
    expect(none.json().errors[0]).toMatchObject({ field: 'body.answers', rule: 'no_answer' });
    const long = await answer(
      survey,
      { answers: { goals: 3 }, texts: { comment: 'д'.repeat(1001) } },
      'person-2',
    );
    expect(long.json().errors[0]).toMatchObject({ field: 'body.texts.comment', rule: 'maxLength' });
    const robot = await answer(survey, { answers: { goals: 5 }, website: 'http://spam.example' }, 'person-2');
    expect(robot.statusCode).toBe(400);
    expect(robot.json()).toMatchObject({
      code: 'survey_answer_refused',
      title: 'Отговорът не беше приет. Попълнете само видимите полета и изпратете отново.',
    });
    expect(await h.sql(`select 1 from survey_response where survey_id = $1`, [survey.id])).toEqual([]);
  });

  it('limits one client to a few answers in ten minutes (429 with a message), others still answer', async () => {
    const survey = await open('exit');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await answer(survey, { answers: { goals: 4 } }, 'the-same-tablet')).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await answer(survey, { answers: { goals: 4 } }, 'the-same-tablet', 'en');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    expect(limited.json().title).toMatch(/^Too many attempts\. Try again in \d+ s\.$/);
    expect((await answer(survey, { answers: { goals: 2 } }, 'another-phone')).statusCode).toBe(201);
  });

  it('stops at the daily cap with a clear 429', async () => {
    const survey = await open('users', 2);
    expect((await answer(survey, { answers: { safe: 5 } }, 'cap-1')).statusCode).toBe(201);
    expect((await answer(survey, { answers: { safe: 4 } }, 'cap-2')).statusCode).toBe(201);
    const third = await answer(survey, { answers: { safe: 3 } }, 'cap-3', 'en');
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({
      code: 'survey_daily_cap',
      title: 'The survey has received the most answers it takes today. Please try again tomorrow.',
    });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(await h.sql(`select 1 from survey_response where survey_id = $1`, [survey.id])).toHaveLength(2);
  });

  it('refuses a rotated link and a closed survey; a stale version is a conflict', async () => {
    const survey = await open('users');
    const rotated = await ours('POST', `/surveys/${survey.id}/token-rotation`, { version: survey.version });
    const fresh = rotated.json<Survey>();
    expect(fresh.publicPath).not.toBe(survey.publicPath);
    const old = await answer(survey, { answers: { safe: 5 } }, 'rot-1');
    expect(old.statusCode).toBe(404);
    expect(old.json().code).toBe('survey_link_invalid');
    expect((await answer(fresh, { answers: { safe: 5 } }, 'rot-1')).statusCode).toBe(201);

    const staleClose = await ours('PATCH', `/surveys/${survey.id}`, {
      version: survey.version,
      status: 'closed',
    });
    expect(staleClose.statusCode).toBe(409);
    const closed = await ours('PATCH', `/surveys/${survey.id}`, { version: fresh.version, status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', responses: 1 });
    const late = await answer(fresh, { answers: { safe: 5 } }, 'rot-2');
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('survey_closed');
    const page = await h.call({ method: 'GET', url: `/api/v1/public/surveys/${fresh.publicPath.slice(3)}` });
    expect(page.statusCode).toBe(410);
    const garbage = await h.call({ method: 'GET', url: '/api/v1/public/surveys/not-a-token-at-all' });
    expect(garbage.statusCode).toBe(404);
  });
});

describe('results', () => {
  it('counts each scale value, the mean and the answers per question and period', async () => {
    const other = await signUpAndLogIn(h, 'Сдружение „Резултати“', 'admin@rezultati.example');
    const service = (
      await h.call({
        method: 'POST',
        url: `/api/v1/tenants/${other.tenantId}/services`,
        token: other.token,
        payload: { name: 'Услуга „Резултати“', pluginCode: 'sample', variantKey: 'specialised' },
      })
    ).json<{ id: string }>().id;
    const survey = (
      await h.call({
        method: 'POST',
        url: `/api/v1/tenants/${other.tenantId}/surveys`,
        token: other.token,
        payload: { serviceId: service, templateKey: 'exit' },
      })
    ).json<Survey>();
    // Answers on known days: January 5, 5, 3; March 4; July 1 with a comment; and one in 2025 (outside the range).
    const days: [string, object][] = [
      ['2026-01-10', { goals: 5, recommend: 5 }],
      ['2026-01-20', { goals: 5 }],
      ['2026-01-31', { goals: 3, recommend: 4 }],
      ['2026-03-15', { goals: 4, recommend: 2 }],
      ['2026-07-01', { goals: 1, comment: 'Повече време за разговор' }],
      ['2025-12-31', { goals: 1, recommend: 1 }],
    ];
    for (const [day, answers] of days)
      await h.sql(
        `insert into survey_response (tenant_id, id, survey_id, submitted_on, answers) values ($1, gen_random_uuid(), $2, $3, $4)`,
        [other.tenantId, survey.id, day, JSON.stringify(answers)],
      );
    const results = async (query: string) => {
      const response = await h.call({
        method: 'GET',
        url: `/api/v1/tenants/${other.tenantId}/surveys/results?serviceId=${service}&${query}`,
        token: other.token,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    const quarters = await results('from=2026-01-01&to=2026-12-31&period=quarter');
    expect(quarters.responses).toBe(5);
    const exit = quarters.templates[0];
    expect(exit.templateKey).toBe('exit');
    expect(exit.periods.map((p: { key: string; responses: number }) => [p.key, p.responses])).toEqual([
      ['2026-Q1', 4],
      ['2026-Q2', 0],
      ['2026-Q3', 1],
      ['2026-Q4', 0],
    ]);
    const goals = exit.questions.find((q: { id: string }) => q.id === 'goals');
    expect(goals.total).toEqual({
      answers: 5,
      counts: [
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 3, count: 1 },
        { value: 4, count: 1 },
        { value: 5, count: 2 },
      ],
      mean: 3.6,
    });
    expect(goals.periods[0]).toMatchObject({ key: '2026-Q1', answers: 4, mean: 4.25 });
    expect(goals.periods[1]).toMatchObject({ key: '2026-Q2', answers: 0, mean: null });
    const recommend = exit.questions.find((q: { id: string }) => q.id === 'recommend');
    expect(recommend.total).toMatchObject({ answers: 3, mean: 3.67 });
    expect(exit.comments).toEqual([
      { submittedOn: '2026-07-01', question: 'comment', text: 'Повече време за разговор' },
    ]);

    const halves = await results('from=2026-01-01&to=2026-12-31&period=half');
    expect(halves.templates[0].questions[0].periods.map((p: { answers: number }) => p.answers)).toEqual([
      4, 1,
    ]);
    const year = await results('from=2025-01-01&to=2026-12-31&period=year');
    expect(year.templates[0].questions[0].periods).toMatchObject([
      { key: '2025', answers: 1, mean: 1 },
      { key: '2026', answers: 5, mean: 3.6 },
    ]);
    const january = await results('from=2026-01-15&to=2026-02-28&period=month');
    expect(january.templates[0].periods).toEqual([
      { key: '2026-01', from: '2026-01-15', to: '2026-01-31', responses: 2 },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28', responses: 0 },
    ]);

    const backwards = await h.call({
      method: 'GET',
      url: `/api/v1/tenants/${other.tenantId}/surveys/results?from=2026-12-01&to=2026-01-01`,
      token: other.token,
    });
    expectRefused(backwards, 400, { field: 'query.from', rule: 'from_after_to' });
  });

  it('cuts a range into clipped periods', () => {
    expect(bucketsBetween('2026-02-10', '2026-08-05', 'half')).toEqual([
      { key: '2026-H1', from: '2026-02-10', to: '2026-06-30' },
      { key: '2026-H2', from: '2026-07-01', to: '2026-08-05' },
    ]);
    expect(bucketsBetween('2024-11-01', '2025-01-31', 'quarter').map((b) => b.key)).toEqual([
      '2024-Q4',
      '2025-Q1',
    ]);
    expect(bucketsBetween('2024-02-01', '2024-02-29', 'month')[0]?.to).toBe('2024-02-29');
  });

  it('defaults to this year, by month', async () => {
    const results = await ours('GET', '/surveys/results');
    expect(results.json()).toMatchObject({
      from: `${today().slice(0, 4)}-01-01`,
      to: today(),
      period: 'month',
    });
    expect(results.json().responses).toBeGreaterThan(0);
  });
});
