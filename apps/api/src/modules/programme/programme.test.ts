import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness } from '../../testing/harness.ts';
import { today } from '@mera/calendar';
import { expectRefused } from '../../testing/requests.ts';

let h: Harness;
let ngo: Person;
let stranger: Person;
let serviceId = '';
let municipalityId = '';

const year = Number(today().slice(0, 4));
const period = { periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31` };
const base = () => `/api/v1/tenants/${ngo.tenantId}/programmes`;

interface Measure {
  id: string;
  version: number;
  status: string;
  overdue: boolean;
  deadline: string | null;
}
interface Programme {
  id: string;
  version: number;
  status: string;
  measureList: Measure[];
  reviews: { id: string; version: number; carriedOverMeasureIds: string[] }[];
  commissionedBy: { municipalityName: string } | null;
  municipalityName: string | null;
}

async function post<T>(url: string, payload: object, token = ngo.token) {
  const response = await h.call({ method: 'POST', url, token, payload });
  return { response, body: response.json<T>() };
}

/** A municipality commissions the service under a contract the provider accepts (art. 16(2) then applies). */
async function commission(service: string): Promise<string> {
  const town = await operatorTenant(h, ngo, {
    legalName: 'Община Програмна',
    adminEmail: 'kmet@programna.example',
  });
  const kmet = town.token;
  const contract = await post<{ id: string }>(
    `/api/v1/tenants/${town.id}/contracts`,
    {
      providerTenantId: ngo.tenantId,
      serviceDescription: 'Център за обществена подкрепа',
      basis: 'Договор № 12',
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
    },
    kmet,
  );
  expect(contract.response.statusCode, JSON.stringify(contract.body)).toBe(201);
  const accepted = await post(`/api/v1/tenants/${ngo.tenantId}/contracts/${contract.body.id}/decision`, {
    decision: 'accept',
    serviceId: service,
  });
  expect(accepted.response.statusCode, JSON.stringify(accepted.body)).toBe(200);
  return town.id;
}

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Качество“', 'admin@kachestvo.example'));
  stranger = await signUpAndLogIn(h, 'Сдружение „Чуждо“', 'admin@chuzhdo.example');
  serviceId = await createService(h, ngo, { name: 'ЦОП „Качество“' });
  municipalityId = await commission(serviceId);
});

afterAll(async () => {
  await h.close();
});

describe('the nine categories of art. 19', () => {
  it('are data, with the Ordinance’s Bulgarian words and English and Ukrainian translations', async () => {
    const response = await h.call({ method: 'GET', url: '/api/v1/programme-categories' });
    const categories = response.json<{ number: number; text: Record<string, string> }[]>();
    expect(categories.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(categories[5]?.text).toEqual({
      bg: 'внедряване на иновативни и/или добри практики',
      en: 'introducing innovative and/or good practices',
      uk: 'впровадження інноваційних та/або добрих практик',
    });
    for (const c of categories) expect(c.text['en']?.length && c.text['uk']?.length).toBeTruthy();
  });

  // The Ordinance's articles, copied byte for byte from the seed (packages/catalogue-builder/README.md).
  const seed = new URL(
    '../../../../../packages/catalogue-builder/source/ordinance-body.txt',
    import.meta.url,
  );
  it('copy each item of art. 19 verbatim', async () => {
    const text = readFileSync(seed, 'utf8');
    const article = text.slice(text.indexOf('Чл. 19.'), text.indexOf('Чл. 20.'));
    const categories = (await h.call({ method: 'GET', url: '/api/v1/programme-categories' })).json<
      { number: number; text: { bg: string } }[]
    >();
    for (const c of categories)
      expect(article).toMatch(new RegExp(`\\n${c.number}\\. ${escape(c.text.bg)}[;.]\\r?\\n`));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('a programme and its measures', () => {
  let programme: Programme;

  it('starts as a draft for a service and a period', async () => {
    const created = await post<Programme>(base(), {
      title: 'Програма за развитие на качеството',
      serviceId,
      ...period,
    });
    expect(created.response.statusCode).toBe(201);
    programme = created.body;
    expect(programme).toMatchObject({
      status: 'draft',
      serviceId,
      ...period,
      commissionedBy: { municipalityName: 'Община Програмна' },
      measureList: [],
    });
  });

  it('refuses a deadline outside the period, in the person’s language, and writes nothing', async () => {
    for (const [language, message] of [
      ['bg', `Срокът трябва да е в периода на програмата: от 01.01.${year - 1} до 31.12.${year + 1}.`],
      ['en', `The deadline must fall within the programme’s period: 01.01.${year - 1} to 31.12.${year + 1}.`],
    ] as const) {
      const response = await h.call({
        method: 'POST',
        url: `${base()}/${programme.id}/measures`,
        token: ngo.token,
        headers: { 'accept-language': language },
        payload: { category: 3, title: 'Нов психолог', deadline: `${year - 2}-12-31` },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        { field: 'body.deadline', rule: 'deadline_in_period', message },
      ]);
    }
    expect(
      await h.sql('select id from quality_programme_measure where programme_id = $1', [programme.id]),
    ).toEqual([]);
  });

  it('refuses a responsible person who is not a member, and an indicator the standards do not have', async () => {
    const response = await post<{ errors: { field: string; rule: string }[] }>(
      `${base()}/${programme.id}/measures`,
      {
        category: 5,
        title: 'Тримесечен вътрешен контрол',
        responsibleUserId: stranger.userId,
        indicatorId: 'bg-2022/a99/s1/c1.1/i1',
      },
    );
    expect(response.response.statusCode).toBe(400);
    expect(response.body.errors.map((e) => `${e.field} ${e.rule}`)).toEqual([
      'body.responsibleUserId not_a_member',
      'body.indicatorId unknown_indicator',
    ]);
  });

  it('adds measures in the categories with a responsible member, a deadline and an indicator', async () => {
    const [indicator] = await h.sql<{ item_id: string }>(
      `select item_id from catalogue_item where kind = 'indicator' order by item_id limit 1`,
    );
    const late = await post<Measure>(`${base()}/${programme.id}/measures`, {
      category: 4,
      title: 'Групова супервизия на всеки 3 месеца',
      finding: 'Екипът няма редовна супервизия',
      indicatorId: indicator?.item_id,
      responsibleUserId: ngo.userId,
      deadline: `${year - 1}-03-31`,
    });
    expect(late.response.statusCode).toBe(201);
    expect(late.body).toMatchObject({
      category: 4,
      indicatorId: indicator?.item_id,
      responsibleName: 'Админ Сдружение „Качество“',
      responsibleIsMember: true,
      status: 'planned',
      overdue: true,
    });
    const later = await post<Measure>(`${base()}/${programme.id}/measures`, {
      category: 9,
      title: 'Оценка на риска от недостиг на персонал',
      responsibleUserId: ngo.userId,
    });
    expect(later.body).toMatchObject({ deadline: null, overdue: false });
  });

  it('is not submitted while a measure lacks a deadline, naming the measure', async () => {
    const now = (
      await h.call({ method: 'GET', url: `${base()}/${programme.id}`, token: ngo.token })
    ).json<Programme>();
    const response = await post<{ errors: { field: string; rule: string; message: string }[] }>(
      `${base()}/${programme.id}/submission`,
      { version: now.version },
    );
    expect(response.response.statusCode).toBe(400);
    const missing = now.measureList.find((m) => m.deadline === null);
    expect(response.body.errors).toEqual([
      {
        field: `body.measures.${missing?.id}.deadline`,
        rule: 'measure_no_deadline',
        message: 'Мярката „Оценка на риска от недостиг на персонал“ няма срок.',
      },
    ]);
    expect((await h.sql('select status from quality_programme where id = $1', [programme.id]))[0]).toEqual({
      status: 'draft',
    });
  });

  it('records progress with optimistic locking', async () => {
    const now = (
      await h.call({ method: 'GET', url: `${base()}/${programme.id}`, token: ngo.token })
    ).json<Programme>();
    const measure = now.measureList.find((m) => m.overdue);
    const url = `${base()}/${programme.id}/measures/${measure?.id}/progress`;
    const first = await post<Measure>(url, {
      version: measure?.version,
      status: 'in_progress',
      progressNote: 'Договор със супервизор',
    });
    expect(first.body).toMatchObject({
      status: 'in_progress',
      overdue: true,
      version: (measure?.version ?? 0) + 1,
    });
    const second = await post(url, { version: measure?.version, status: 'done' });
    expect(second.response.statusCode).toBe(409);
    const done = await post<Measure & { completedOn: string }>(url, {
      version: first.body.version,
      status: 'done',
    });
    expect(done.body).toMatchObject({ status: 'done', completedOn: today(), overdue: false });
    const wrong = await post<{ errors: { field: string; rule: string }[] }>(url, {
      version: done.body.version,
      status: 'in_progress',
      completedOn: today(),
    });
    expect(wrong.body.errors).toEqual([
      expect.objectContaining({ field: 'body.completedOn', rule: 'only_when_done' }),
    ]);
  });

  it('will not shrink its period past a measure’s deadline', async () => {
    const now = (
      await h.call({ method: 'GET', url: `${base()}/${programme.id}`, token: ngo.token })
    ).json<Programme>();
    const response = await h.call({
      method: 'PATCH',
      url: `${base()}/${programme.id}`,
      token: ngo.token,
      payload: { version: now.version, periodStart: `${year}-01-01` },
    });
    expectRefused(response, 400, {
      field: 'body.periodStart',
      rule: 'period_excludes_deadlines',
    });
  });

  it('is submitted to the commissioning mayor, and then refuses edits but keeps recording progress', async () => {
    let now = (
      await h.call({ method: 'GET', url: `${base()}/${programme.id}`, token: ngo.token })
    ).json<Programme>();
    const open = now.measureList.find((m) => m.deadline === null);
    const set = await h.call({
      method: 'PATCH',
      url: `${base()}/${programme.id}/measures/${open?.id}`,
      token: ngo.token,
      payload: { version: open?.version, deadline: `${year + 1}-06-30` },
    });
    expect(set.statusCode).toBe(200);

    const stale = await post(`${base()}/${programme.id}/submission`, { version: now.version - 1 || 99 });
    expect(stale.response.statusCode).toBe(409);
    const submitted = await post<Programme>(`${base()}/${programme.id}/submission`, { version: now.version });
    expect(submitted.response.statusCode).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      municipalityTenantId: municipalityId,
      municipalityName: 'Община Програмна',
      submittedByName: 'Админ Сдружение „Качество“',
    });
    now = submitted.body;

    const measure = now.measureList.find((m) => m.id === open?.id);
    const edit = await h.call({
      method: 'PATCH',
      url: `${base()}/${programme.id}/measures/${measure?.id}`,
      token: ngo.token,
      payload: { version: measure?.version, title: 'Тайно променена' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'programme_locked' });
    const added = await post(`${base()}/${programme.id}/measures`, {
      category: 1,
      title: 'Добавена след подаване',
    });
    expect(added.response.statusCode).toBe(409);
    const removed = await h.call({ method: 'DELETE', url: `${base()}/${programme.id}`, token: ngo.token });
    expect(removed.statusCode).toBe(409);
    const again = await post(`${base()}/${programme.id}/submission`, { version: now.version });
    expect(again.response.json()).toMatchObject({ code: 'programme_transition' });

    const progress = await post<Measure>(`${base()}/${programme.id}/measures/${measure?.id}/progress`, {
      version: measure?.version,
      status: 'in_progress',
    });
    expect(progress.response.statusCode).toBe(200);
    const [row] = await h.sql('select title, status from quality_programme_measure where id = $1', [
      measure?.id,
    ]);
    expect(row).toEqual({ title: 'Оценка на риска от недостиг на персонал', status: 'in_progress' });
  });

  it('records the yearly review with the unfinished measures carried over', async () => {
    const now = (
      await h.call({ method: 'GET', url: `${base()}/${programme.id}`, token: ngo.token })
    ).json<Programme>();
    const unfinished = now.measureList.filter((m) => m.status !== 'done').map((m) => m.id);
    const finished = now.measureList.filter((m) => m.status === 'done').map((m) => m.id);
    const refused = await post<{ errors: { field: string }[] }>(`${base()}/${programme.id}/reviews`, {
      reviewedOn: today(),
      participants: 'Екипът, ръководителят, двама родители',
      conclusions: 'Изпълнена е една от двете мерки',
      carriedOverMeasureIds: finished,
    });
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body.carriedOverMeasureIds' })]);
    const review = await post<Programme>(`${base()}/${programme.id}/reviews`, {
      reviewedOn: today(),
      participants: 'Екипът, ръководителят, двама родители',
      usersConsulted: true,
      conclusions: 'Изпълнена е една от двете мерки',
      carriedOverMeasureIds: unfinished,
    });
    expect(review.response.statusCode).toBe(201);
    expect(review.body.reviews[0]).toMatchObject({ usersConsulted: true, carriedOverMeasureIds: unfinished });
    const changed = await h.call({
      method: 'PATCH',
      url: `${base()}/${programme.id}/reviews/${review.body.reviews[0]?.id}`,
      token: ngo.token,
      payload: { version: review.body.reviews[0]?.version, carriedOverMeasureIds: [] },
    });
    expect(changed.json().reviews[0]).toMatchObject({ carriedOverMeasureIds: [], version: 2 });
  });
});

describe('a programme that needs no agreement', () => {
  it('cannot be submitted when its service is not commissioned', async () => {
    const programme = (await post<Programme>(base(), { title: 'Обща програма', ...period })).body;
    expect(programme.commissionedBy).toBeNull();
    const response = await post(`${base()}/${programme.id}/submission`, { version: programme.version });
    expect(response.response.statusCode).toBe(409);
    expect(response.response.json()).toMatchObject({ code: 'not_commissioned' });
    const removed = await h.call({ method: 'DELETE', url: `${base()}/${programme.id}`, token: ngo.token });
    expect(removed.statusCode).toBe(204);
  });
});
