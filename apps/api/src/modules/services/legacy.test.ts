import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Harness, Person } from '../../testing/harness.ts';

// The real plugins and the Bulgarian transitional provisions (plugins/bg-transitional).
let h: Harness;
let ngo: Person;

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Закрилници“', 'admin@zakrilnici.example', {
    PLUGINS_DIR: fileURLToPath(new URL('../../../../../plugins', import.meta.url)),
  }));
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('legacy centre types (transitional provisions § 1–3)', () => {
  it('lists every centre type with the services whose standards apply, verbatim', async () => {
    const response = await h.call({ method: 'GET', url: '/api/v1/catalogue/legacy-centres' });
    expect(response.statusCode).toBe(200);
    const centres = response.json<{ key: string; basis: string; name: { bg: string } }[]>();
    expect(centres).toHaveLength(32);
    const tsop = await h.call({ method: 'GET', url: '/api/v1/catalogue/legacy-centres/bg-2022-p1-11' });
    expect(tsop.json()).toMatchObject({
      basis: '§ 1, ал. 11',
      name: { bg: 'Центрове за обществена подкрепа и общностни центрове за деца и семейства' },
      services: expect.arrayContaining([
        expect.objectContaining({
          pluginCode: 'tr',
          scope: 'therapy-only',
          item: 'терапия и рехабилитация (само стандартите за терапия)',
        }),
      ]),
    });
    expect((await h.call({ method: 'GET', url: '/api/v1/catalogue/legacy-centres/nope' })).statusCode).toBe(
      404,
    );
  });

  it('registers a community support centre as exactly its set of services, in one go', async () => {
    const response = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/services/from-legacy-centre`,
      token: ngo.token,
      payload: {
        legacyCentreType: 'bg-2022-p1-11',
        name: 'ЦОП „Закрилници“',
        include: ['op/children-violence'],
        municipality: 'Монтана',
        financing: 'state_delegated',
      },
    });
    expect(response.statusCode).toBe(201);
    const services =
      response.json<{ name: string; pluginCode: string; variantKey: string; legacyCentreType: string }[]>();
    expect(services.map((s) => `${s.pluginCode}/${s.variantKey}`)).toEqual([
      'ik/general-access',
      'ik/specialised',
      'mpor/community',
      'zp/specialised',
      'tr/specialised',
      'opu/general-access',
      'opu/specialised',
      'op/children-violence',
    ]);
    expect(new Set(services.map((s) => s.legacyCentreType))).toEqual(new Set(['bg-2022-p1-11']));
    expect(services[0]?.name).toBe(
      'ЦОП „Закрилници“ — Информиране и консултиране (Общодостъпна (до два месеца))',
    );
  });

  it('refuses an unknown centre type or condition, naming the field, and writes nothing', async () => {
    const before = await h.sql('select count(*)::int as n from service where tenant_id = $1', [ngo.tenantId]);
    const unknown = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/services/from-legacy-centre`,
      token: ngo.token,
      payload: { legacyCentreType: 'bg-2022-p9-99', name: 'Център' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'body.legacyCentreType', rule: 'enum' }] });
    const condition = await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${ngo.tenantId}/services/from-legacy-centre`,
      token: ngo.token,
      payload: { legacyCentreType: 'bg-2022-p1-11', name: 'Център', include: ['rg/children'] },
    });
    expect(condition.json()).toMatchObject({ errors: [{ field: 'body.include', rule: 'invalid' }] });
    expect(
      await h.sql('select count(*)::int as n from service where tenant_id = $1', [ngo.tenantId]),
    ).toEqual(before);
  });
});
