import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationOnFreshApi, type Person } from './testing/fixtures.ts';
import type { Harness } from './testing/harness.ts';

/**
 * Issue 12.8: the classes of input that answered 500 — each refused once, for every route, with a 400 naming the
 * field and the rule. The requests are the ones the attack found. (The rules themselves, without the app:
 * shared/input-schemas.test.ts.)
 */
let h: Harness;
let admin: Person;
beforeAll(async () => {
  ({ h, person: admin } = await organisationOnFreshApi('Сдружение „Вход“', 'admin@vhod.example'));
});
afterAll(() => h?.close());

const call = (method: 'GET' | 'PATCH' | 'POST', url: string, payload?: object) =>
  h.call({
    method,
    url,
    token: admin.token,
    ...(payload ? { payload } : {}),
    headers: { 'accept-language': 'en' },
  });

function expectRefused(response: Awaited<ReturnType<typeof call>>, field: string, rule: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json<{ errors: { field: string; rule: string }[] }>().errors).toContainEqual(
    expect.objectContaining({ field, rule }),
  );
}

describe('a NUL character', () => {
  it('is refused in a body, a query and a path, naming the field', async () => {
    expectRefused(
      await call('PATCH', '/api/v1/me', { displayName: 'a\u0000b' }),
      'body.displayName',
      'nul_character',
    );
    expectRefused(
      await call('GET', `/api/v1/tenants/${admin.tenantId}/documents?source=%00`),
      'query.source',
      'nul_character',
    );
    expectRefused(
      await call('GET', '/api/v1/catalogue/service-types/sample/variants/%00'),
      'params.variantKey',
      'nul_character',
    );
    const response = await call('PATCH', '/api/v1/me', { displayName: 'a\u0000b' });
    expect(response.json().errors[0].message).toBe(
      'The text contains a character that is not allowed (NUL).',
    );
  });
});

describe('dates', () => {
  it('of year 0 are refused in a body and a query', async () => {
    expectRefused(
      await call('POST', `/api/v1/tenants/${admin.tenantId}/meetings`, {
        kind: 'team',
        heldOn: '0000-01-01',
        participantsCount: 3,
        topics: 'Тема',
      }),
      'body.heldOn',
      'date_range',
    );
    expectRefused(
      await call('GET', `/api/v1/tenants/${admin.tenantId}/surveys/results?to=0000-01-01`),
      'query.to',
      'date_range',
    );
  });
});

describe('numbers', () => {
  it('that are not finite are refused, however the query spells them', async () => {
    expectRefused(await call('GET', '/api/v1/catalogue/sources?limit=Infinity'), 'query.limit', 'type');
    expectRefused(
      await call('GET', `/api/v1/tenants/${admin.tenantId}/audit?limit=-Infinity`),
      'query.limit',
      'type',
    );
  });

  it('beyond what the database holds are refused', async () => {
    expectRefused(
      await call('GET', `/api/v1/tenants/${admin.tenantId}/audit?before=1e%2B300`),
      'query.before',
      'maximum',
    );
    expectRefused(
      await call('POST', `/api/v1/tenants/${admin.tenantId}/services`, {
        name: 'ЦОП',
        pluginCode: 'sample',
        variantKey: 'specialised',
        capacity: 3_000_000_000,
      }),
      'body.capacity',
      'maximum',
    );
  });
});
