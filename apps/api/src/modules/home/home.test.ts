import { inScope } from '@mera/db';
import { countStatements } from '@mera/db/testing';
import { addDays, today } from '@mera/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { Person } from '../../testing/fixtures.ts';
import { signUpAndLogIn, type Harness } from '../../testing/harness.ts';
import { permissionsOf } from '../../platform/permissions.ts';
import { tenantHome, type Home } from './index.ts';

let h: Harness;
let ngo: Person;
const municipality = { tenantId: '', token: '' };
let versionId = '';
const services: string[] = [];

const get = <T>(url: string, token: string) =>
  h.call({ method: 'GET', url, token }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json<T>();
  });

async function addService(name: string) {
  const id = await createService(h, ngo, { name, startedOn: '2024-01-01' });
  services.push(id);
  return id;
}

/** A check with the given results, completed on `completedOn` (or in progress when null). */
async function check(serviceId: string, completedOn: string | null, results: string[]) {
  const [row] = await h.sql<{ id: string }>(
    `insert into assessment (tenant_id, id, service_id, kind, catalogue_version_id, title, started_on, status,
                             completed_at)
     values ($1, gen_random_uuid(), $2, 'periodic', $3, 'Проверка', coalesce($4::date, current_date), $5,
             ($4::date + time '12:00') at time zone 'Europe/Sofia') returning id`,
    [ngo.tenantId, serviceId, versionId, completedOn, completedOn ? 'completed' : 'in_progress'],
  );
  const items = await h.sql<{ item_id: string }>(
    `select item_id from catalogue_item where version_id = $1 and kind = 'indicator' order by position`,
    [versionId],
  );
  for (const [i, result] of results.entries())
    await h.sql(
      `insert into assessment_result (tenant_id, assessment_id, item_id, result) values ($1, $2, $3, $4)`,
      [ngo.tenantId, row?.id, items[i]?.item_id, result],
    );
  return row?.id ?? '';
}

/** The read model run directly, counting the SQL statements it sends (entities and `sqlOf` alike). */
async function countedHome(tenantId: string, userId: string, role: 'admin' | 'inspector') {
  const { result: home, count: statements } = await countStatements(() =>
    inScope(h.app.orm, { tenantId, userId, requestId: 'test' }, (em) =>
      tenantHome({
        em,
        tenantId,
        userId,
        role,
        permissions: new Set(permissionsOf(role)),
        plugins: { list: h.app.servicePlugins, legacyCentres: [], jurisdiction: h.app.jurisdiction },
        config: h.app.config,
        log: h.app.log,
        requestId: 'test',
      }),
    ),
  );
  return { home, statements };
}

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Начало“', 'admin@nachalo.example'));
  [{ id: versionId = '' } = { id: '' }] = await h.sql<{ id: string }>(
    `select id from catalogue_version where plugin_code = 'sample' and variant_key = 'specialised'`,
  );
  const town = await operatorTenant(h, ngo, {
    legalName: 'Община Начало',
    adminEmail: 'kmet@nachalo.example',
  });
  municipality.tenantId = town.id;
  municipality.token = town.token;
  // Organisations that have been in Mera since 2024: their past quarters and months are theirs to have missed.
  await h.sql(`update tenant set created_at = '2024-01-01T00:00:00Z'`);
});

afterAll(async () => {
  await h.close();
});

describe("a new provider's first steps", () => {
  it('shows the path’s progress from what the organisation did, and nothing once every step is done', async () => {
    const fresh = await signUpAndLogIn(h, 'Сдружение „Първи стъпки“', 'admin@parvi.example');
    const base = `/api/v1/tenants/${fresh.tenantId}`;
    const progress = async () =>
      (await get<Home>(`${base}/home`, fresh.token)).onboarding?.steps
        .filter((s) => s.done)
        .map((s) => s.key) ?? null;
    expect(await progress()).toEqual([]);
    const post = (url: string, payload: object) =>
      h.call({ method: 'POST', url: `${base}${url}`, token: fresh.token, payload }).then((r) => {
        expect(r.statusCode, r.body).toBeLessThan(300);
        return r.json<{ id: string }>();
      });
    const service = await post('/services', {
      name: 'ЦОП „Стъпки“',
      pluginCode: 'sample',
      variantKey: 'specialised',
    });
    await post('/invitations', { email: 'kolega@parvi.example', role: 'staff' });
    expect(await progress()).toEqual(['services', 'colleagues']);
    await post('/monitoring-plan', { serviceId: service.id, year: Number(today().slice(0, 4)) });
    await post('/assessments', { serviceId: service.id, kind: 'periodic', startedOn: today() });
    expect(await progress()).toEqual(['services', 'colleagues', 'plan', 'check']);
    const home = await get<Home>(`${base}/home`, fresh.token);
    expect(home.onboarding).toMatchObject({ done: 4, total: 5 });
    await post('/surveys', { serviceId: service.id, templateKey: 'users' });
    expect(await progress()).toBeNull();
  });
});

describe("the provider's home", () => {
  it('shows overdue deadlines counted as the deadlines page counts them, checks in progress and scores', async () => {
    const serviceId = await addService('ЦОП „Начало“');
    const t = today();
    await check(serviceId, addDays(t, -200), ['met', 'not_met']); // 50
    await check(serviceId, addDays(t, -100), ['met', 'partly_met']); // 75
    await check(serviceId, null, ['met']);

    const home = await get<Home>(`/api/v1/tenants/${ngo.tenantId}/home`, ngo.token);
    expect(home.tenantKind).toBe('provider');

    // The header's count, the home page and the deadlines page: one computation, one number.
    const summary = await get<{ overdue: number; dueThisWeek: number }>(
      `/api/v1/tenants/${ngo.tenantId}/deadlines/summary`,
      ngo.token,
    );
    const page = await get<{ items: { status: string; tracked: boolean }[] }>(
      `/api/v1/tenants/${ngo.tenantId}/deadlines`,
      ngo.token,
    );
    const overdueOnPage = page.items.filter((i) => i.status === 'overdue' && i.tracked).length;
    expect(overdueOnPage).toBeGreaterThan(0);
    expect(summary.overdue).toBe(overdueOnPage);
    expect(home.deadlines?.overdue).toBe(overdueOnPage);
    // Overdue by kind: the counts add up to the same number, the longest waiting kind first.
    const byKind = home.deadlines?.overdueByKind ?? [];
    expect(byKind.reduce((sum, k) => sum + k.count, 0)).toBe(overdueOnPage);
    expect(byKind.map((k) => k.firstDue)).toEqual([...byKind.map((k) => k.firstDue)].sort());
    expect(home.deadlines?.dueSoon.every((i) => i.status === 'due')).toBe(true);

    expect(home.checks).toEqual([
      expect.objectContaining({ serviceName: 'ЦОП „Начало“', answered: 1, total: expect.any(Number) }),
    ]);
    expect(home.checks?.[0]?.total).toBeGreaterThanOrEqual(2);

    const [service] = home.services ?? [];
    expect(service).toMatchObject({ serviceName: 'ЦОП „Начало“', latestScore: 75, change: 25 });
    expect(home.quarters).toHaveLength(5);
    expect(service?.trend.map((p) => p.score).filter((s) => s !== null)).toEqual([50, 75]);
    expect(home.feedback).toEqual({ days: 30, total: 0, surveys: [] });
    expect(home.inspections).toBeNull();
  });

  it('reads with a fixed number of SQL statements, whatever the number of services and checks', async () => {
    const before = await countedHome(ngo.tenantId, ngo.userId, 'admin');
    for (const name of ['Дневен център „Две“', 'Дневен център „Три“', 'Дневен център „Четири“']) {
      const id = await addService(name);
      await check(id, addDays(today(), -10), ['met']);
      await check(id, null, []);
    }
    const after = await countedHome(ngo.tenantId, ngo.userId, 'admin');
    expect(after.home.services).toHaveLength(4);
    expect(after.home.checks).toHaveLength(4);
    expect(after.statements).toBe(before.statements);
  });
});

describe("the municipality's home", () => {
  it("shows its commissioned services' scores, and nothing of a service it does not commission", async () => {
    const [commissioned = '', , , other = ''] = services;
    await commission(h, { id: municipality.tenantId, token: municipality.token }, ngo, {
      serviceId: commissioned,
      basis: 'Договор № 1',
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
    });
    const home = await get<Home>(`/api/v1/tenants/${municipality.tenantId}/home`, municipality.token);
    expect(home.tenantKind).toBe('municipality');
    expect(home.checks).toBeNull();
    expect(home.feedback).toBeNull();
    expect(home.inspections).toEqual([]);
    const names = (home.services ?? []).map((s) => s.serviceName);
    expect(names).toEqual(['ЦОП „Начало“']);
    expect(home.services?.[0]).toMatchObject({ providerName: 'Сдружение „Начало“', latestScore: 75 });
    expect(home.services?.[0]?.inspectionDueBy).toBe('2027-01-01');
    expect(JSON.stringify(home)).not.toContain(other);
  });
});
