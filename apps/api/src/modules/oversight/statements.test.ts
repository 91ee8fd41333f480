import { countStatements } from '@mera/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from '../../testing/fixtures.ts';
import type { OperatorTenant, Person } from '../../testing/fixtures.ts';
import type { Harness } from '../../testing/harness.ts';

/**
 * The oversight dashboard's SQL does not grow with the services a municipality commissions — counted, not timed
 * (issue 15, item 4). Before issue 15 every row cost 9 statements of its own (the latest check and its whole detail
 * for one score, the analysis, the programme, the inspections): 33 at 2 services, 69 at 6.
 */
let h: Harness;
let ngo: Person;
let municipality: OperatorTenant;
const serviceIds: string[] = [];
const STORED = 12.5;

beforeAll(async () => {
  ({ h, person: ngo } = await organisationOnFreshApi('Сдружение „Брояч“', 'admin@broyach.example'));
  municipality = await operatorTenant(h, ngo, {
    legalName: 'Община Брой',
    adminEmail: 'kmet@broy.example',
  });
  const [version] = await h.sql<{ id: string }>(
    `select id from catalogue_version where plugin_code = 'sample' and variant_key = 'specialised'`,
  );
  for (let i = 1; i <= 20; i++) {
    const serviceId = await createService(h, ngo, { name: `Услуга ${i}`, capacity: 20 });
    serviceIds.push(serviceId);
    // A completed check per service with answers, so each row shows a score, as real rows do. Every other one has
    // its score stored (completed since issue 15 stored scores); the rest were completed before, and are scored
    // from their answers. The stored score differs from the answers' here only to show which one is read.
    const [check] = await h.sql<{ id: string }>(
      `insert into assessment (tenant_id, id, service_id, kind, catalogue_version_id, title, started_on, status,
                               completed_at, score)
       values ($1, uuidv7(), $2, 'periodic', $3, 'Проверка', current_date - 7, 'completed', now(), $4)
       returning id`,
      [ngo.tenantId, serviceId, version?.id, i % 2 === 0 ? STORED : null],
    );
    await h.sql(
      `insert into assessment_result (tenant_id, assessment_id, item_id, result)
       select $1, $2, item_id, case when position % 2 = 0 then 'met' else 'partly_met' end
       from catalogue_item where version_id = $3 and kind = 'indicator'`,
      [ngo.tenantId, check?.id, version?.id],
    );
  }
});
afterAll(async () => {
  await h?.close();
});

const commissioned = (serviceId: string) =>
  commission(h, municipality, ngo, {
    serviceId,
    basis: 'Договор',
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
  });

const dashboard = () =>
  countStatements(() =>
    h.call({ method: 'GET', url: `/api/v1/tenants/${municipality.id}/oversight`, token: municipality.token }),
  );

describe('the oversight dashboard’s statements', () => {
  it('stay the same from 5 to 20 services, at most 10 per request (issue 15)', async () => {
    for (const id of serviceIds.slice(0, 5)) await commissioned(id);
    const five = await dashboard();
    for (const id of serviceIds.slice(5)) await commissioned(id);
    const twenty = await dashboard();
    const fiveRows = five.result.json<{ serviceId: string; latestScore: number | null }[]>();
    const twentyRows = twenty.result.json<{ serviceId: string; latestScore: number | null }[]>();
    expect(fiveRows).toHaveLength(5);
    expect(twentyRows).toHaveLength(20);
    // A stored score is read as stored; a check without one is scored by the grouped pass over the answers (the
    // checks completed before scores were stored), never from each check's detail.
    for (const row of twentyRows) {
      const stored = serviceIds.indexOf(row.serviceId) % 2 === 1;
      if (stored) expect(row.latestScore).toBe(STORED);
      else expect(row.latestScore).toBeGreaterThan(STORED);
    }
    // begin, the entry (session variables and access check), the tenant, the services, the latest checks, their
    // scores, the follow-ups (analyses, programmes, inspections), commit.
    expect(twenty.count).toBe(five.count);
    expect(twenty.count).toBeLessThanOrEqual(10);
  });
});
