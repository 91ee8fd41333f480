import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, operatorTenant, organisationOnFreshApi, type Person } from '../../testing/fixtures.ts';
import type { Harness } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
const towns: { id: string; token: string }[] = [];
let programmeId = '';
const year = new Date().getFullYear();

const municipality = (name: string, email: string) =>
  operatorTenant(h, ngo, { legalName: name, adminEmail: email, displayName: `Кмет на ${name}` });

const call = <T>(method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  h.call({ method, url, token, ...(payload ? { payload } : {}) }).then((response) => ({
    response,
    body: response.json<T>(),
  }));

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Качество“', 'admin@kachestvo.example'));
  await h.sql('update app_user set is_operator = true where id = $1', [ngo.userId]);
  towns.push(await municipality('Община Габрово', 'kmet@gabrovo.example'));
  towns.push(await municipality('Община Другоград', 'kmet@drugograd.example'));
  const service = (
    await call<{ id: string }>('POST', `/api/v1/tenants/${ngo.tenantId}/services`, ngo.token, {
      name: 'ЦОП „Качество“',
      pluginCode: 'sample',
      variantKey: 'specialised',
    })
  ).body;
  await commission(h, towns[0]!, ngo, {
    serviceId: service.id,
    basis: 'Договор № 3',
    startsOn: `${year - 1}-01-01`,
    endsOn: `${year + 2}-12-31`,
  });
  const base = `/api/v1/tenants/${ngo.tenantId}/programmes`;
  const programme = (
    await call<{ id: string; version: number }>('POST', base, ngo.token, {
      title: 'Програма за качество',
      serviceId: service.id,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    })
  ).body;
  programmeId = programme.id;
  await call('POST', `${base}/${programme.id}/measures`, ngo.token, {
    category: 4,
    title: 'Групова супервизия на всеки 3 месеца',
    responsibleUserId: ngo.userId,
    deadline: `${year}-12-31`,
  });
  const now = (await call<{ version: number }>('GET', `${base}/${programme.id}`, ngo.token)).body;
  const submitted = await call('POST', `${base}/${programme.id}/submission`, ngo.token, {
    version: now.version,
  });
  expect(submitted.response.statusCode).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

describe("the municipality's inbox of quality programmes", () => {
  it('shows the commissioning municipality the submitted programme and its measures — and no one else', async () => {
    const [gabrovo, other] = towns;
    const inbox = await call<{ id: string; providerName: string; serviceName: string; status: string }[]>(
      'GET',
      `/api/v1/tenants/${gabrovo?.id}/received-programmes`,
      gabrovo?.token ?? '',
    );
    expect(inbox.body).toEqual([
      expect.objectContaining({
        id: programmeId,
        providerName: 'Сдружение „Качество“',
        serviceName: 'ЦОП „Качество“',
        status: 'submitted',
      }),
    ]);
    const one = await call<{ measures: { title: string; category: number; categoryText: { bg: string } }[] }>(
      'GET',
      `/api/v1/tenants/${gabrovo?.id}/received-programmes/${programmeId}`,
      gabrovo?.token ?? '',
    );
    expect(one.body.measures).toEqual([
      expect.objectContaining({ title: 'Групова супервизия на всеки 3 месеца', category: 4 }),
    ]);
    expect(one.body.measures[0]?.categoryText.bg.length).toBeGreaterThan(10);

    expect(
      (await call('GET', `/api/v1/tenants/${other?.id}/received-programmes`, other?.token ?? '')).body,
    ).toEqual([]);
    const foreign = await call(
      'GET',
      `/api/v1/tenants/${other?.id}/received-programmes/${programmeId}`,
      other?.token ?? '',
    );
    expect(foreign.response.statusCode).toBe(404);
  });

  it('asks for changes (a note is required), then agrees the resubmitted programme', async () => {
    const [gabrovo] = towns;
    const url = `/api/v1/tenants/${gabrovo?.id}/received-programmes/${programmeId}`;
    const current = (await call<{ version: number }>('GET', url, gabrovo?.token ?? '')).body;
    const noNote = await call('POST', `${url}/decision`, gabrovo?.token ?? '', {
      decision: 'request_changes',
      version: current.version,
    });
    expect(noNote.response.statusCode).toBe(400);
    expect(noNote.body).toMatchObject({ errors: [{ field: 'body.note', rule: 'required' }] });

    const changes = await call<{ status: string; decisionNote: string; version: number }>(
      'POST',
      `${url}/decision`,
      gabrovo?.token ?? '',
      {
        decision: 'request_changes',
        note: 'Добавете мярка за обучение на новите служители.',
        version: current.version,
      },
    );
    expect(changes.body).toMatchObject({ status: 'changes_requested' });

    // The provider sees the request and resubmits; the municipality agrees.
    const base = `/api/v1/tenants/${ngo.tenantId}/programmes/${programmeId}`;
    const seen = (
      await call<{ status: string; decisionNote: string; version: number }>('GET', base, ngo.token)
    ).body;
    expect(seen).toMatchObject({
      status: 'changes_requested',
      decisionNote: 'Добавете мярка за обучение на новите служители.',
    });
    await call('POST', `${base}/submission`, ngo.token, { version: seen.version });
    const again = (await call<{ version: number }>('GET', url, gabrovo?.token ?? '')).body;
    const agreed = await call<{ status: string }>('POST', `${url}/decision`, gabrovo?.token ?? '', {
      decision: 'agree',
      version: again.version,
    });
    expect(agreed.body).toMatchObject({ status: 'agreed' });
    const twice = await call('POST', `${url}/decision`, gabrovo?.token ?? '', {
      decision: 'agree',
      version: again.version + 1,
    });
    expect(twice.response.statusCode).toBe(409);
  });
});
