import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let rival: Person;
let town = { id: '', token: '' };
let stranger = { id: '', token: '' };
let programmeId = '';
let reportId = '';
let rivalReportId = '';
const year = new Date().getFullYear();

const municipality = (name: string, email: string) =>
  operatorTenant(h, ngo, { legalName: name, adminEmail: email, displayName: `Кмет на ${name}` });

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  h.call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) });

/** A provider's service, commissioned by `by` and accepted, with a submitted semi-annual analysis. */
async function commissionedWithReport(provider: typeof ngo, by: typeof town, name: string) {
  const base = `/api/v1/tenants/${provider.tenantId}`;
  const service = { id: await createService(h, provider, { name }) };
  await commission(h, by, provider, {
    serviceId: service.id,
    basis: 'Договор № 5',
    startsOn: `${year - 1}-01-01`,
    endsOn: `${year + 2}-12-31`,
  });
  const report = (
    await call('POST', `${base}/reports`, provider.token, {
      kind: 'semi_annual_analysis',
      year: year - 1,
      half: 2,
      serviceId: service.id,
    })
  ).json<{ id: string; version: number }>();
  const submitted = await call('POST', `${base}/reports/${report.id}/submission`, provider.token, {
    version: report.version,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { serviceId: service.id, reportId: report.id };
}

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Коментари“', 'admin@komentari.example'));
  rival = await signUpAndLogIn(h, 'Сдружение „Съсед“', 'admin@sased.example');
  await h.sql('update app_user set is_operator = true where id = $1', [ngo.userId]);
  town = await municipality('Община Русе', 'kmet@ruse.example');
  stranger = await municipality('Община Чужда', 'kmet@chuzhda.example');
  const ours = await commissionedWithReport(ngo, town, 'ЦОП „Коментари“');
  reportId = ours.reportId;
  rivalReportId = (await commissionedWithReport(rival, stranger, 'ЦОП „Съсед“')).reportId;

  const base = `/api/v1/tenants/${ngo.tenantId}/programmes`;
  const programme = (
    await call('POST', base, ngo.token, {
      title: 'Програма за качество',
      serviceId: ours.serviceId,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    })
  ).json<{ id: string }>();
  programmeId = programme.id;
  await call('POST', `${base}/${programme.id}/measures`, ngo.token, {
    category: 4,
    title: 'Супервизия',
    responsibleUserId: ngo.userId,
    deadline: `${year}-12-31`,
  });
  const now = (await call('GET', `${base}/${programme.id}`, ngo.token)).json<{ version: number }>();
  const submitted = await call('POST', `${base}/${programme.id}/submission`, ngo.token, {
    version: now.version,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
});

afterAll(async () => {
  await h?.close();
});

describe('comments on received documents', () => {
  it('lets the commissioning municipality comment on a received report and programme; the provider reads them', async () => {
    const onReport = await call(
      'POST',
      `/api/v1/tenants/${town.id}/reports/${reportId}/comments`,
      town.token,
      {
        text: '  Моля, добавете данни за обученията през второто полугодие.  ',
      },
    );
    expect(onReport.statusCode, onReport.body).toBe(201);
    expect(onReport.json()).toEqual([
      expect.objectContaining({
        municipalityName: 'Община Русе',
        authorName: 'Кмет на Община Русе',
        text: 'Моля, добавете данни за обученията през второто полугодие.',
      }),
    ]);
    const onProgramme = await call(
      'POST',
      `/api/v1/tenants/${town.id}/programmes/${programmeId}/comments`,
      town.token,
      { text: 'Мярката за супервизия няма отговорник от екипа.' },
    );
    expect(onProgramme.statusCode).toBe(201);

    const providerReads = await call(
      'GET',
      `/api/v1/tenants/${ngo.tenantId}/reports/${reportId}/comments`,
      ngo.token,
    );
    expect(providerReads.json()).toEqual([
      expect.objectContaining({
        municipalityName: 'Община Русе',
        text: 'Моля, добавете данни за обученията през второто полугодие.',
      }),
    ]);
    const onOwnProgramme = await call(
      'GET',
      `/api/v1/tenants/${ngo.tenantId}/programmes/${programmeId}/comments`,
      ngo.token,
    );
    expect(onOwnProgramme.json()).toEqual([
      expect.objectContaining({ text: 'Мярката за супервизия няма отговорник от екипа.' }),
    ]);

    // The provider only reads: it has no municipality to comment as.
    const providerWrites = await call(
      'POST',
      `/api/v1/tenants/${ngo.tenantId}/reports/${reportId}/comments`,
      ngo.token,
      { text: 'Отговор' },
    );
    expect(providerWrites.statusCode).toBe(403);
  });

  it('shows another provider and another municipality nothing, and refuses a comment on a document the municipality cannot read', async () => {
    // Another municipality and another provider: the document does not exist for them, nor its comments.
    for (const [tenantId, token, kind, id] of [
      [stranger.id, stranger.token, 'reports', reportId],
      [stranger.id, stranger.token, 'programmes', programmeId],
      [rival.tenantId, rival.token, 'reports', reportId],
      [rival.tenantId, rival.token, 'programmes', programmeId],
    ] as const) {
      const seen = await call('GET', `/api/v1/tenants/${tenantId}/${kind}/${id}/comments`, token);
      expect(seen.statusCode).toBe(404);
      expect(seen.body).not.toContain('Моля');
    }
    // Its own report's comments, for the rival: none of ours.
    const rivalOwn = await call(
      'GET',
      `/api/v1/tenants/${rival.tenantId}/reports/${rivalReportId}/comments`,
      rival.token,
    );
    expect(rivalOwn.json()).toEqual([]);

    // Another municipality's document: not found, as if it did not exist — and nothing written.
    const before = await h.sql('select count(*)::int as n from received_comment');
    for (const [kind, id] of [
      ['reports', reportId],
      ['programmes', programmeId],
    ] as const) {
      const refused = await call(
        'POST',
        `/api/v1/tenants/${stranger.id}/${kind}/${id}/comments`,
        stranger.token,
        {
          text: 'Чужд коментар',
        },
      );
      expect(refused.statusCode).toBe(404);
    }
    // Our municipality cannot comment on the report of a service it does not commission either.
    const foreign = await call(
      'POST',
      `/api/v1/tenants/${town.id}/reports/${rivalReportId}/comments`,
      town.token,
      {
        text: 'Чужд коментар',
      },
    );
    expect(foreign.statusCode).toBe(404);
    expect(await h.sql('select count(*)::int as n from received_comment')).toEqual(before);
  });

  it('names the field for an empty or too long comment', async () => {
    const empty = await call('POST', `/api/v1/tenants/${town.id}/reports/${reportId}/comments`, town.token, {
      text: '   ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'body.text', rule: 'required' })]);
    const long = await call('POST', `/api/v1/tenants/${town.id}/reports/${reportId}/comments`, town.token, {
      text: 'я'.repeat(4001),
    });
    expect(long.json().errors).toEqual([expect.objectContaining({ field: 'body.text', rule: 'maxLength' })]);
  });

  it('is append-only and enforced in the database for the application role', async () => {
    const { db } = h;
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [stranger.id]);
      // Even bypassing the API, a municipality cannot write a comment on a document it cannot read.
      await expect(
        client.query(
          `insert into received_comment (tenant_id, id, target_kind, target_tenant_id, target_id, body)
           values ($1, gen_random_uuid(), 'report', $2, $3, 'SQL')`,
          [stranger.id, ngo.tenantId, reportId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [town.id]);
      await expect(client.query(`update received_comment set body = 'changed'`)).rejects.toThrow(
        /permission denied/,
      );
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
