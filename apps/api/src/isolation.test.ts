import { Value } from 'typebox/value';
import type { TSchema } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { organisationOnFreshApi } from './testing/fixtures.ts';
import { signUpAndLogIn, type Harness, type Person } from './testing/harness.ts';
import { victimFixtures } from './testing/victim.ts';

/**
 * Tenant B attacks every route of the API with tenant A's ids. The list of routes comes from the running app, so
 * a route added tomorrow is attacked tomorrow without editing this file; a route with a path parameter this suite
 * does not know fails it until a fixture (or a stated exception) is added below.
 */
let h: Harness;
let A: Person;
let B: Person;
const fixtures: Record<string, string> = {};
const secrets: string[] = [];

/** Routes reachable without a membership on purpose, and why. */
const PUBLIC_CAPABILITIES: Record<string, string> = {
  'GET /api/v1/invitations/:token': 'the e-mailed link itself is the credential (tenant id + 256-bit secret)',
  'GET /api/v1/provider-invitations/:token':
    'the e-mailed sign-up link itself is the credential (municipality id + 256-bit secret); it shows only the proposal',
  'POST /api/v1/invitations/:token/accept':
    'the e-mailed link itself is the credential (tenant id + 256-bit secret)',
  'GET /api/v1/catalogue/service-types/:pluginCode/variants/:variantKey':
    'the Ordinance’s text is public, global data',
  'GET /api/v1/catalogue/legacy-centres/:key':
    'the Ordinance’s transitional provisions are public, global data',
  'POST /api/v1/catalogue/service-types/:pluginCode/variants/:variantKey/evaluation':
    'a pure function of the facts sent; reads and stores nothing',
  'GET /api/v1/public/surveys/:token':
    'the printed survey link is the credential (tenant id + 256-bit secret); it shows only the questions',
  'POST /api/v1/public/surveys/:token/answers':
    'the printed survey link is the credential (tenant id + 256-bit secret); it only adds an anonymous answer',
  'GET /api/v1/calendar/:file':
    'the iCal feed URL itself is the credential (a 256-bit secret, stored hashed, rotatable)',
};

async function snapshot(): Promise<string> {
  const rows = await h.sql(
    `select (select json_agg(m order by id) from membership m where tenant_id = $1) as members,
            (select json_agg(i order by id) from invitation i where tenant_id = $1) as invitations,
            (select json_agg(s order by id) from service s where tenant_id = $1) as services,
            (select json_agg(c order by id) from commissioning_contract c where provider_tenant_id = $1) as contracts,
            (select json_agg(m order by id) from meeting m where tenant_id = $1) as meetings,
            (select json_agg(r order by id) from meeting_recommendation r where tenant_id = $1) as recommendations,
            (select json_agg(p order by id) from quality_programme p where tenant_id = $1) as programmes,
            (select json_agg(q order by id) from quality_programme_measure q where tenant_id = $1) as measures,
            (select json_agg(v order by id) from quality_programme_review v where tenant_id = $1) as reviews,
            (select json_agg(o order by id) from quality_programme_carryover o where tenant_id = $1) as carryovers,
            (select json_agg(json_build_object('id', f.id, 'name', f.name, 'sha256', f.sha256) order by id) from stored_file f where tenant_id = $1) as files,
            (select json_agg(d order by id) from quality_document d where tenant_id = $1) as documents,
            (select json_agg(a order by id) from assessment a where tenant_id = $1) as assessments,
            (select json_agg(r order by item_id) from assessment_result r where tenant_id = $1) as results,
            (select json_agg(e order by id) from assessment_evidence e where tenant_id = $1) as evidence,
            (select json_agg(sp order by id) from staff_position sp where tenant_id = $1) as staff_positions,
            (select json_agg(sm order by id) from staff_member sm where tenant_id = $1) as staff_members,
            (select json_agg(st order by id) from staff_training st where tenant_id = $1) as staff_trainings,
            (select json_agg(ss order by id) from staff_supervision ss where tenant_id = $1) as staff_supervisions,
            (select json_agg(sn order by id) from staff_mentoring sn where tenant_id = $1) as staff_mentorings,
            (select json_agg(sa order by id) from staff_appraisal sa where tenant_id = $1) as staff_appraisals,
            (select json_agg(rp order by id) from report rp where tenant_id = $1) as reports,
            (select json_agg(qs order by id) from quality_system qs where tenant_id = $1) as quality_systems,
            (select json_agg(s order by id) from survey s where tenant_id = $1) as surveys,
            (select json_agg(r order by id) from survey_response r where tenant_id = $1) as survey_responses,
            (select json_agg(n order by id) from notification n where tenant_id = $1) as notifications,
            (select json_agg(np order by event) from notice_preference np where tenant_id = $1) as notice_preferences,
            (select json_agg(i order by id) from inspection i where provider_tenant_id = $1) as inspections,
            (select json_agg(ia order by id) from inspection_attachment ia) as inspection_attachments,
            (select json_agg(ip order by id) from inspection_prescription ip) as inspection_prescriptions,
            (select json_agg(fi order by item_id) from inspection_finding fi) as inspection_findings,
            (select json_agg(mr order by id) from monitoring_report mr) as monitoring_reports,
            (select json_agg(json_build_object('subject', d.subject_id, 'format', d.format, 'key', d.content_key, 'sha256', encode(sha256(d.content), 'hex')) order by subject_id, format) from rendered_document d where tenant_id = $1) as rendered_documents,
            (select row_to_json(t) from tenant t where id = $1) as tenant`,
    [A.tenantId],
  );
  return JSON.stringify(rows);
}

beforeAll(async () => {
  ({ h, person: A } = await organisationOnFreshApi('Сдружение „Алфа“', 'admin@alfa.example'));
  B = await signUpAndLogIn(h, 'Сдружение „Бета“', 'admin@beta.example');
  Object.assign(fixtures, await victimFixtures(h, A, B, secrets));
  // A has downloaded its report: its stored rendering (decision 102) is there for B to try to reach.
  const pdf = await h.call({
    method: 'GET',
    url: `/api/v1/tenants/${A.tenantId}/reports/${fixtures['reportId']}/pdf`,
    token: A.token,
  });
  expect(pdf.statusCode).toBe(200);
  const [stored] = await h.sql<{ count: string }>(
    `select count(*) from rendered_document where tenant_id = $1 and subject_id = $2`,
    [A.tenantId, fixtures['reportId']],
  );
  expect(stored?.count).toBe('1');
});

afterAll(async () => {
  await h.close();
});

/** A body that passes the route's schema, with A's ids wherever a field names one (schemas give defaults). */
function exampleBody(schema: unknown): unknown {
  if (!schema) return undefined;
  const object = schema as { properties?: Record<string, TSchema>; anyOf?: unknown[] };
  if (!object.properties) return object.anyOf ? {} : Value.Create(schema as TSchema);
  const body: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(object.properties)) {
    body[key] =
      fixtures[key] ??
      ((property as { format?: string }).format === 'uuid' ? A.tenantId : Value.Create(property));
  }
  return body;
}

it('has routes to attack', () => {
  expect(h.app.routeTable.filter((r) => r.url.includes(':tenantId')).length).toBeGreaterThanOrEqual(12);
});

it('refuses tenant B every route with tenant A’s ids and shows B nothing of A', async () => {
  const before = await snapshot();
  const attacked: string[] = [];
  for (const route of h.app.routeTable) {
    const key = `${route.method} ${route.url}`;
    const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
    if (params.length === 0 || PUBLIC_CAPABILITIES[key]) continue;
    expect(route.auth, `${key} has path parameters but no authentication`).toBe('user');
    for (const param of params) expect(fixtures[param], `${key}: add a fixture for :${param}`).toBeDefined();

    // Two attacks: A's tenant in the path; and B's own tenant with A's other ids.
    const variants = [route.url.replace(/:(\w+)/g, (_m, p: string) => fixtures[p] ?? '')];
    if (params.length > 1)
      variants.push(
        route.url.replace(/:(\w+)/g, (_m, p: string) =>
          p === 'tenantId' ? B.tenantId : (fixtures[p] ?? ''),
        ),
      );
    for (const url of variants) {
      const body = exampleBody(route.body);
      const response = await h.call({
        method: route.method as 'GET',
        url,
        token: B.token,
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      expect([403, 404], `${route.method} ${url} → ${response.statusCode} ${response.body}`).toContain(
        response.statusCode,
      );
      // The problem's `instance` echoes the path B sent; anything else of A's would be a leak.
      const { instance: _echo, ...rest } = response.json<Record<string, unknown>>();
      const shown = JSON.stringify(rest);
      for (const secret of secrets)
        expect(shown, `${route.method} ${url} leaked ${secret}`).not.toContain(secret);
      attacked.push(`${route.method} ${url}`);
    }
  }
  expect(attacked.length).toBeGreaterThanOrEqual(15);
  expect(await snapshot()).toBe(before);
});

it('shows B nothing of A on B’s own home page and in B’s deadline count', async () => {
  // The home read model joins other modules' tables set-wise: row-level security must still keep A out of it.
  for (const url of [
    `/api/v1/tenants/${B.tenantId}/home`,
    `/api/v1/tenants/${B.tenantId}/deadlines/summary`,
  ]) {
    const response = await h.call({ method: 'GET', url, token: B.token });
    expect(response.statusCode, response.body).toBe(200);
    for (const secret of secrets) expect(response.body, `${url} leaked ${secret}`).not.toContain(secret);
  }
});
