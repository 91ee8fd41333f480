import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_1_1_1 as I1, INDICATOR_1_1_2 as I2 } from '../../testing/indicators.ts';
import { createService, organisationOnFreshApi } from '../../testing/fixtures.ts';
import { jsonCaller } from '../../testing/requests.ts';
import { PASSWORD, type Harness, type Person } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let colleagueToken = '';
let base = '';
const services: string[] = [];
let documentId = '';

type Indicator = {
  id: string;
  key: string;
  result: string | null;
  resultVersion: number;
  offeredDocuments: { id: string; title: string; source: string }[];
  evidence: { kind: string; documentTitle: string | null; description: string | null }[];
};
type Assessment = {
  id: string;
  status: string;
  score: number | null;
  progress: { answered: number; total: number };
  version: number;
  sections: { score: number | null; children: { children: { children: Indicator[] }[] }[] }[];
};
const indicators = (a: Assessment) =>
  a.sections.flatMap((s) => s.children.flatMap((st) => st.children.flatMap((c) => c.children)));

const call = jsonCaller(
  () => h,
  () => ngo.token,
);

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Проверки“', 'admin@proverki.example'));
  base = `/api/v1/tenants/${ngo.tenantId}`;
  for (const name of ['ЦОП „Проверки“', 'Дневен център „Проверки“'])
    services.push(await createService(h, ngo, { name }));
  documentId = (
    await call<{ id: string }>('POST', `${base}/documents`, {
      kind: 'plan',
      title: 'План за защита при бедствия и аварии',
      sources: ['План за действие при бедствия'],
    })
  ).body.id;
  // A colleague (staff) who fills the same check.
  await call('POST', `${base}/invitations`, { email: 'kolega@proverki.example', role: 'staff' });
  const link = await h.mail.link('kolega@proverki.example');
  const token = decodeURIComponent(new URL(link).pathname.split('/').at(-1) ?? '');
  colleagueToken = (
    await h.call({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: { displayName: 'Петя Колегова', password: PASSWORD },
    })
  ).json<{ accessToken: string }>().accessToken;
});
afterAll(async () => {
  await h.close();
});

describe('a periodic check', () => {
  let check: Assessment;

  it('starts against the standards in force, with every indicator to answer and nothing scored yet', async () => {
    const created = await call<Assessment>('POST', `${base}/assessments`, {
      serviceId: services[0],
      kind: 'periodic',
      startedOn: '2026-03-10',
      methods: [3, 1, 3],
    });
    expect(created.response.statusCode).toBe(201);
    check = created.body;
    expect(check).toMatchObject({
      status: 'in_progress',
      title: 'Периодичен вътрешен контрол',
      methods: [1, 3],
      progress: { answered: 0, total: 2 },
      score: null,
    });
  });

  it('offers the register’s document for the indicator citing its source — for every service', async () => {
    expect(indicators(check).find((i) => i.id === I1)?.offeredDocuments).toEqual([
      {
        id: documentId,
        title: 'План за защита при бедствия и аварии',
        source: 'План за действие при бедствия',
      },
    ]);
    expect(indicators(check).find((i) => i.id === I2)?.offeredDocuments).toEqual([]);
    const other = await call<Assessment>('POST', `${base}/assessments`, {
      serviceId: services[1],
      kind: 'self_assessment',
      startedOn: '2026-03-11',
      // Explicitly null, as the browser's form sends "the whole variant".
      scopeCriteria: null,
    });
    expect(other.response.statusCode).toBe(201);
    expect(other.body).toMatchObject({ scopeCriteria: null, progress: { answered: 0, total: 2 } });
    expect(
      indicators(other.body)
        .find((i) => i.id === I1)
        ?.offeredDocuments.map((d) => d.id),
    ).toEqual([documentId]);
  });

  it('saves a result, scores it and counts progress', async () => {
    const saved = await call<{ resultVersion: number; assessment: Assessment }>(
      'PUT',
      `${base}/assessments/${check.id}/results`,
      {
        itemId: I1,
        result: 'met',
        note: 'Планът е утвърден и служителите го познават.',
        version: 0,
      },
    );
    expect(saved.response.statusCode).toBe(200);
    expect(saved.body.resultVersion).toBe(1);
    expect(saved.body.assessment).toMatchObject({ progress: { answered: 1, total: 2 }, score: 100 });
  });

  it('tells the second person who saved the same indicator meanwhile, instead of overwriting', async () => {
    const late = await call(
      'PUT',
      `${base}/assessments/${check.id}/results`,
      { itemId: I1, result: 'not_met', version: 0 },
      colleagueToken,
    );
    expect(late.response.statusCode).toBe(409);
    expect(late.response.json<{ code: string; title: string }>()).toMatchObject({ code: 'result_conflict' });
    expect(late.response.json<{ title: string }>().title).toContain('Админ Сдружение „Проверки“');
    const detail = await call<Assessment>('GET', `${base}/assessments/${check.id}`);
    expect(indicators(detail.body).find((i) => i.id === I1)?.result).toBe('met');
  });

  it('refuses an indicator outside the check and evidence without what was seen', async () => {
    const outside = await call('PUT', `${base}/assessments/${check.id}/results`, {
      itemId: 'bg-2022/a99/s1/c1.1/i1',
      result: 'met',
      version: 0,
    });
    expect(outside.response.json<{ errors: unknown[] }>().errors).toEqual([
      expect.objectContaining({ field: 'body.itemId', rule: 'not_in_scope' }),
    ]);
    const empty = await call('POST', `${base}/assessments/${check.id}/evidence`, {
      itemId: I2,
      kind: 'interview',
    });
    expect(empty.response.json<{ errors: unknown[] }>().errors).toEqual([
      expect.objectContaining({
        field: 'body.description',
        rule: 'required',
        message: 'Полето е задължително.',
      }),
    ]);
  });

  it('attaches the register’s document and an interview record as evidence', async () => {
    const doc = await call('POST', `${base}/assessments/${check.id}/evidence`, {
      itemId: I1,
      kind: 'document',
      documentId,
    });
    expect(doc.response.statusCode).toBe(201);
    const again = await call('POST', `${base}/assessments/${check.id}/evidence`, {
      itemId: I1,
      kind: 'document',
      documentId,
    });
    expect(again.response.statusCode).toBe(409);
    await call('POST', `${base}/assessments/${check.id}/evidence`, {
      itemId: I2,
      kind: 'interview',
      description: 'Интервю с трима служители: въвеждащото обучение е проведено.',
    });
    const detail = await call<Assessment>('GET', `${base}/assessments/${check.id}`);
    expect(indicators(detail.body).find((i) => i.id === I1)?.evidence).toEqual([
      expect.objectContaining({ kind: 'document', documentTitle: 'План за защита при бедствия и аварии' }),
    ]);
    // The document is now cited: it cannot be deleted from under the check.
    expect((await call('DELETE', `${base}/documents/${documentId}`)).response.statusCode).toBe(409);
  });

  it('is completed only when every indicator has a result, and then nothing in it changes — not even in SQL', async () => {
    const early = await call('POST', `${base}/assessments/${check.id}/completion`, {
      version: check.version,
    });
    // 422 naming every indicator without an answer (issue 11), so the person can go to each.
    expect(early.response.statusCode).toBe(422);
    expect(early.response.json()).toMatchObject({
      code: 'checklist_incomplete',
      title: `Не е отговорен 1 индикатор: ${indicators(check)[1]?.key}.`,
      fields: [{ field: `items.${I2}`, rule: 'unanswered' }],
      missing: [
        {
          itemId: I2,
          key: indicators(check)[1]?.key,
          standardKey: expect.any(String),
          criterionKey: expect.any(String),
        },
      ],
      errors: [{ field: `items.${I2}`, rule: 'unanswered', message: 'Индикаторът няма отговор.' }],
    });
    await call('PUT', `${base}/assessments/${check.id}/results`, {
      itemId: I2,
      result: 'partly_met',
      version: 0,
    });
    const now = await call<Assessment>('GET', `${base}/assessments/${check.id}`);
    const done = await call<Assessment>('POST', `${base}/assessments/${check.id}/completion`, {
      version: now.body.version,
      conclusions: 'Въвеждащото обучение да се документира.',
    });
    expect(done.response.statusCode).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', score: 75, progress: { answered: 2, total: 2 } });
    expect(done.body.sections[0]?.score).toBe(75);
    // The completion stored the score the page shows (issue 15): the dashboard and the reports read it from there.
    const [stored] = await h.sql<{ score: number | null }>(
      `select score::float8 as score from assessment where id = $1`,
      [check.id],
    );
    expect(stored?.score).toBe(75);

    const after = await call('PUT', `${base}/assessments/${check.id}/results`, {
      itemId: I2,
      result: 'met',
      version: 1,
    });
    expect(after.response.statusCode).toBe(409);
    expect(after.response.json<{ code: string }>().code).toBe('assessment_completed');

    // The application's own database role, with the tenant set, cannot change the record either.
    await expect(
      h.asApp(ngo.tenantId, `update assessment_result set result = 'met' where assessment_id = $1`, [
        check.id,
      ]),
    ).rejects.toThrow(/completed/);
    // Its score, stored by the completion (issue 15), is frozen with it.
    await expect(
      h.asApp(ngo.tenantId, `update assessment set score = 100 where id = $1`, [check.id]),
    ).rejects.toThrow(/completed/);
  });
});

describe('a check done on paper and typed in later', () => {
  it('is completed on the day it was done: never in the future, never before it started', async () => {
    const started = await call<Assessment>('POST', `${base}/assessments`, {
      serviceId: services[1],
      kind: 'periodic',
      startedOn: '2026-02-10',
    });
    for (const indicator of indicators(started.body))
      await call('PUT', `${base}/assessments/${started.body.id}/results`, {
        itemId: indicator.id,
        result: 'met',
        version: 0,
      });
    const { version } = (await call<Assessment>('GET', `${base}/assessments/${started.body.id}`)).body;
    const complete = (completedOn: string) =>
      call<
        { errors?: { field: string; rule: string; message: string }[]; completedAt?: string } & Assessment
      >('POST', `${base}/assessments/${started.body.id}/completion`, { version, completedOn });
    // Only the completion stores a score (issue 15): an open check cannot carry one.
    await expect(h.sql(`update assessment set score = 50 where id = $1`, [started.body.id])).rejects.toThrow(
      /assessment_score_completed/,
    );
    expect((await complete('2099-01-01')).body.errors?.[0]).toMatchObject({
      field: 'body.completedOn',
      rule: 'not_in_future',
    });
    expect((await complete('2026-02-09')).body.errors?.[0]).toMatchObject({
      field: 'body.completedOn',
      rule: 'not_before_start',
    });
    const done = await complete('2026-02-12');
    expect(done.response.statusCode).toBe(200);
    // Noon in Sofia on the day it was done: its quarter (art. 23(3)) is the first.
    expect(done.body.completedAt).toBe('2026-02-12T10:00:00.000Z');
  });
});

describe('the annual plan (art. 23)', () => {
  it('plans a check a quarter from last year’s weak criteria and the self-assessment, and shows uncovered quarters', async () => {
    const generated = await call<{
      created: number;
      plan: {
        services: {
          serviceId: string;
          quarters: { quarter: number; status: string }[];
          checks: { kind: string; plannedOn: string; scopeCriteria: string[] | null }[];
        }[];
      };
    }>('POST', `${base}/monitoring-plan`, { serviceId: services[0], year: 2027 });
    expect(generated.response.statusCode).toBe(200);
    // The sample variant has a single criterion: last year's weak one goes into the first quarter.
    expect(generated.body.created).toBe(2);
    const plan = generated.body.plan.services[0];
    expect(plan?.checks.map((c) => [c.kind, c.plannedOn, c.scopeCriteria])).toEqual([
      ['self_assessment', '2027-12-01', null],
      ['periodic', '2027-02-15', ['bg-2022/a02/s1/c1.1']],
    ]);
    expect(plan?.quarters.map((q) => q.status)).toEqual(['planned', 'none', 'none', 'planned']);
    // Generating again adds nothing.
    const again = await call<{ created: number }>('POST', `${base}/monitoring-plan`, {
      serviceId: services[0],
      year: 2027,
    });
    expect(again.body.created).toBe(0);

    const thisYear = await call<{ services: { serviceId: string; quarters: { status: string }[] }[] }>(
      'GET',
      `${base}/monitoring-plan?year=2026`,
    );
    const first = thisYear.body.services.find((s) => s.serviceId === services[0]);
    expect(first?.quarters[0]?.status).toBe('done');
  });
});
