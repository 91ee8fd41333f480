import { countStatements } from '@mera/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

/**
 * A provider's check read sends the same statements however much of the check is answered — counted, not timed
 * (issue 15: "a provider's check read p95 < 30 ms" at national scale, where the SQL is ≈ 1 ms and the rest is round
 * trips and Node). Before: 9 (the record, the answers, the evidence, the measures and the offered documents each
 * their own statement); now 5.
 */
let h: Harness;
let ngo: Awaited<ReturnType<typeof signUpAndLogIn>>;
let base = '';
let emptyCheck = '';
let fullCheck = '';
let measures = 0;

type Indicator = {
  id: string;
  result: string | null;
  evidence: unknown[];
  offeredDocuments: unknown[];
  actions: unknown[];
};
type Detail = {
  progress: { answered: number; total: number };
  sections: { children: { children: { children: Indicator[] }[] }[] }[];
};
const indicators = (d: Detail) =>
  d.sections.flatMap((s) => s.children.flatMap((st) => st.children.flatMap((c) => c.children)));

const post = async <T>(url: string, payload: object) => {
  const response = await h.call({ method: 'POST', url, token: ngo.token, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<T>();
};

beforeAll(async () => {
  h = await createHarness();
  ngo = await signUpAndLogIn(h, 'Сдружение „Четене“', 'admin@chetene.example');
  base = `/api/v1/tenants/${ngo.tenantId}`;
  const service = await post<{ id: string }>(`${base}/services`, {
    name: 'ЦОП „Четене“',
    pluginCode: 'sample',
    variantKey: 'specialised',
  });
  const check = () =>
    post<{ id: string }>(`${base}/assessments`, {
      serviceId: service.id,
      kind: 'periodic',
      startedOn: '2026-03-02',
    });
  emptyCheck = (await check()).id;
  fullCheck = (await check()).id;
  await post(`${base}/documents`, {
    kind: 'plan',
    title: 'План за защита при бедствия и аварии',
    sources: ['План за действие при бедствия'],
  });
  await post(`${base}/programmes`, {
    title: 'Програма за качество',
    serviceId: service.id,
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
  });
  // Every indicator answered (every third not met), each with two pieces of evidence; a measure on two of them.
  await h.sql(
    `insert into assessment_result (tenant_id, assessment_id, item_id, result)
     select a.tenant_id, a.id, i.item_id, case when i.position % 3 = 0 then 'not_met' else 'met' end
     from assessment a join catalogue_item i on i.version_id = a.catalogue_version_id and i.kind = 'indicator'
     where a.id = $1`,
    [fullCheck],
  );
  await h.sql(
    `insert into assessment_evidence (tenant_id, id, assessment_id, item_id, kind, description)
     select r.tenant_id, gen_random_uuid(), r.assessment_id, r.item_id, k.kind, 'Видяно на място'
     from assessment_result r cross join (values ('interview'), ('observation')) k (kind)
     where r.assessment_id = $1`,
    [fullCheck],
  );
  const failed = await h.sql<{ item_id: string }>(
    `select item_id from assessment_result where assessment_id = $1 and result = 'not_met' order by item_id limit 2`,
    [fullCheck],
  );
  measures = failed.length;
  for (const { item_id } of failed)
    await post(`${base}/assessments/${fullCheck}/items/${encodeURIComponent(item_id)}/measure`, {});
});
afterAll(async () => {
  await h?.close();
});

const read = (id: string) =>
  countStatements(() => h.call({ method: 'GET', url: `${base}/assessments/${id}`, token: ngo.token }));

describe('a check’s read', () => {
  it('sends as many statements with every indicator answered and evidenced as with none (issue 15)', async () => {
    await read(emptyCheck); // the catalogue version's tree is read once per process (decision 080)
    const empty = await read(emptyCheck);
    const full = await read(fullCheck);
    expect(empty.result.statusCode).toBe(200);
    expect(full.result.statusCode).toBe(200);
    const fullItems = indicators(full.result.json<Detail>());
    expect(indicators(empty.result.json<Detail>()).every((i) => i.result === null)).toBe(true);
    expect(fullItems.every((i) => i.result && i.evidence.length === 2)).toBe(true);
    expect(measures).toBeGreaterThan(0);
    expect(fullItems.filter((i) => i.actions.length)).toHaveLength(measures);
    expect(fullItems.some((i) => i.offeredDocuments.length)).toBe(true);
    expect(full.count).toBe(empty.count);
    // begin, the entry (session variables and access check), the check with its answers, evidence, measures and
    // documents, commit.
    expect(full.count).toBeLessThanOrEqual(4);
  });
});
