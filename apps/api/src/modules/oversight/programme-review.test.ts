import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import type { Harness } from '../../testing/harness.ts';

let h: Harness;
let ngo: Person;
let town = { id: '', token: '' };
const services: Record<string, string> = {};
const programmes: Record<string, { id: string; version: number }> = {};
const year = new Date().getFullYear();

const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
  h.call({ method, url, token, headers: { 'accept-language': 'bg' }, ...(payload ? { payload } : {}) });

type Row = {
  serviceName: string;
  municipality: string | null;
  address: string | null;
  programmeWaitingSince: string | null;
  programmeNotReviewed: boolean;
  lastProgrammeDecisionOn: string | null;
};

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Преглед“', 'admin@pregled.example'));
  town = await operatorTenant(h, ngo, { legalName: 'Община Велико Търново', adminEmail: 'kmet@vt.example' });
  const base = `/api/v1/tenants/${ngo.tenantId}`;
  for (const [name, municipality, address] of [
    ['Център „Юг“', 'Велико Търново', 'ул. „Възраждане“ 12'],
    ['Център „Север“', 'Велико Търново', 'ул. „Бачо Киро“ 3'],
    ['Център „Село“', 'Арбанаси', 'ул. „Първа“ 1'],
  ] as const) {
    services[name] = await createService(h, ngo, { name, municipality, address });
    await commission(h, town, ngo, {
      serviceId: services[name],
      basis: `Договор за ${name}`,
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 2}-12-31`,
    });
  }
  for (const name of ['Център „Юг“', 'Център „Север“']) {
    const programme = (
      await call('POST', `${base}/programmes`, ngo.token, {
        title: `Програма ${name}`,
        serviceId: services[name],
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
      })
    ).json<{ id: string }>();
    await call('POST', `${base}/programmes/${programme.id}/measures`, ngo.token, {
      category: 4,
      title: 'Супервизия',
      responsibleUserId: ngo.userId,
      deadline: `${year}-12-31`,
    });
    const now = (await call('GET', `${base}/programmes/${programme.id}`, ngo.token)).json<{
      version: number;
    }>();
    const submitted = await call('POST', `${base}/programmes/${programme.id}/submission`, ngo.token, {
      version: now.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    programmes[name] = { id: programme.id, version: submitted.json<{ version: number }>().version };
  }
});

afterAll(async () => {
  await h?.close();
});

const rows = async (query = '') =>
  (await call('GET', `/api/v1/tenants/${town.id}/oversight${query}`, town.token)).json<Row[]>();

describe('the dashboard: programme not reviewed, and the list by address', () => {
  it('flags a programme that has waited more than 30 days for the municipality’s decision', async () => {
    const fresh = await rows();
    expect(fresh.find((r) => r.serviceName === 'Център „Юг“')).toMatchObject({
      programmeNotReviewed: false,
      programmeWaitingSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      lastProgrammeDecisionOn: null,
    });
    // 29 days: not yet; 31 days: flagged.
    const backdate = (days: number) =>
      h.sql(`update quality_programme set submitted_at = now() - make_interval(days => $2) where id = $1`, [
        programmes['Център „Юг“']?.id,
        days,
      ]);
    await backdate(29);
    expect((await rows()).find((r) => r.serviceName === 'Център „Юг“')?.programmeNotReviewed).toBe(false);
    await backdate(31);
    const late = (await rows()).find((r) => r.serviceName === 'Център „Юг“');
    expect(late?.programmeNotReviewed).toBe(true);

    // The decision clears the flag and shows its date.
    const decided = await call(
      'POST',
      `/api/v1/tenants/${town.id}/received-programmes/${programmes['Център „Юг“']?.id}/decision`,
      town.token,
      { decision: 'agree', version: programmes['Център „Юг“']?.version },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const after = (await rows()).find((r) => r.serviceName === 'Център „Юг“');
    expect(after).toMatchObject({ programmeNotReviewed: false, programmeWaitingSince: null });
    expect(after?.lastProgrammeDecisionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A service with no programme: nothing to flag.
    expect((await rows()).find((r) => r.serviceName === 'Център „Село“')).toMatchObject({
      programmeNotReviewed: false,
      programmeWaitingSince: null,
      lastProgrammeDecisionOn: null,
    });
  });

  it('lists the services by settlement and address', async () => {
    expect((await rows('?sort=address')).map((r) => [r.municipality, r.address])).toEqual([
      ['Арбанаси', 'ул. „Първа“ 1'],
      ['Велико Търново', 'ул. „Бачо Киро“ 3'],
      ['Велико Търново', 'ул. „Възраждане“ 12'],
    ]);
    const csv = await call(
      'GET',
      `/api/v1/tenants/${town.id}/oversight/export?format=csv&sort=address`,
      town.token,
    );
    expect(csv.body).toContain('Програмата чака решение над 30 дни');
    expect(csv.body.indexOf('Арбанаси')).toBeLessThan(csv.body.indexOf('Бачо Киро'));
  });
});
