import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationOnFreshApi, type Person } from '../../testing/fixtures.ts';
import type { Harness } from '../../testing/harness.ts';
import { tenantCaller } from '../../testing/requests.ts';

let h: Harness;
let ngo: Person;
beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Услуги“', 'admin@uslugi.example'));
});
afterAll(() => h?.close());

const ours = tenantCaller(
  () => h,
  () => ngo,
);

describe('rules', () => {
  it('evaluates a set of facts against a variant’s rules, explaining each verdict', async () => {
    const response = await h.call({
      method: 'POST',
      url: '/api/v1/catalogue/service-types/sample/variants/specialised/evaluation',
      payload: { capacity: 45, positionsPlanned: 8, positionsFilled: 6 },
    });
    expect(response.json()).toEqual([
      {
        rule: 'capacity',
        status: 'fail',
        source: 'bg-2022/a02/s1/c1.1/i2',
        message: {
          bg: 'Капацитетът 45 надхвърля максимума от 40 потребители.',
          en: 'Capacity 45 exceeds the maximum of 40 users.',
          uk: 'Місткість 45 перевищує максимум 40 користувачів.',
        },
      },
      expect.objectContaining({ rule: 'staffing-fill-rate', status: 'pass' }),
    ]);
  });
});

describe('the services register', () => {
  it('registers a service with its facts and lists it', async () => {
    const created = await ours('POST', '/services', {
      name: 'ЦОП „Надежда“',
      pluginCode: 'sample',
      variantKey: 'specialised',
      address: 'гр. Монтана, ул. „Изгрев“ 3',
      municipality: 'Монтана',
      capacity: 40,
      currentUsers: 32,
      financing: 'state_delegated',
      startedOn: '2023-02-01',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'ЦОП „Надежда“',
      capacity: 40,
      financing: 'state_delegated',
      startedOn: '2023-02-01',
      version: 1,
    });
    const list = await ours('GET', '/services');
    expect(list.json<{ name: string }[]>().map((s) => s.name)).toContain('ЦОП „Надежда“');
  });

  it('refuses a service type no plugin provides, listing the ones that exist', async () => {
    const response = await ours('POST', '/services', { name: 'Нещо', pluginCode: 'xx', variantKey: 'y' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'body.pluginCode', rule: 'enum', message: 'Стойността не е от допустимите: sample.' },
    ]);
  });

  it('refuses a negative capacity, naming the field, and writes nothing', async () => {
    const before = (await ours('GET', '/services')).json<unknown[]>().length;
    const response = await ours('POST', '/services', {
      name: 'Грешна',
      pluginCode: 'sample',
      variantKey: 'specialised',
      capacity: -1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual({
      field: 'body.capacity',
      rule: 'minimum',
      message: 'Трябва да е поне 0.',
    });
    expect((await ours('GET', '/services')).json<unknown[]>()).toHaveLength(before);
  });

  it('never lets two people overwrite each other silently', async () => {
    const service = (
      await ours('POST', '/services', {
        name: 'Дневен център',
        pluginCode: 'sample',
        variantKey: 'specialised',
      })
    ).json<{ id: string; version: number }>();
    const first = await ours('PATCH', `/services/${service.id}`, {
      version: service.version,
      currentUsers: 12,
    });
    expect(first.json()).toMatchObject({ currentUsers: 12, version: service.version + 1 });
    const second = await ours('PATCH', `/services/${service.id}`, {
      version: service.version,
      currentUsers: 99,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'conflict',
      title: 'Записът е променен междувременно. Презаредете и опитайте отново.',
    });
    const now = (await ours('GET', `/services/${service.id}`)).json();
    expect(now).toMatchObject({ currentUsers: 12 });
  });
});
