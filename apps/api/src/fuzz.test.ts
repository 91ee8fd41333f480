import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commission, createService, operatorTenant, organisationOnFreshApi } from './testing/fixtures.ts';
import { PASSWORD, type Harness, type Person } from './testing/harness.ts';
import { renderingsSettled } from './modules/documents/index.ts';
import {
  hostile,
  hostileParameter,
  validish,
  type ArbitraryContext,
  type JsonSchema,
} from './testing/schema-arbitrary.ts';

/**
 * A bounded, schema-driven fuzz of the whole OpenAPI document (issue 12.8). Every operation gets requests generated
 * from its own schemas — values that follow them (and sit on their edges) and values an attacker would send — as
 * the admin of a provider (who is also a platform operator) or of a municipality, with real ids of rows that
 * exist. The test asserts that the API never answers 5xx and that a refused write leaves nothing behind (no audit
 * event, no tenant, no person), then that every tenant's audit chain still verifies.
 *
 * Deterministic: the seed is FUZZ_SEED (default below) and each operation's cases depend only on the seed and the
 * operation, so adding a route does not change the others'. A failure prints the seed and each request.
 * FUZZ_RUNS changes the number of cases per operation (default 18: 9 following the schemas, 9 with one hostile part).
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 18);
/**
 * Fewer cases where each is slow by design and adds little: a login for an unknown address verifies a dummy
 * full-cost scrypt hash (equal timing), and a document rendering (PDF, DOCX, XLSX, export) only reads.
 */
const fewerRuns = (key: string): number | undefined =>
  key === 'POST /api/v1/auth/login' ? 5 : /\/(pdf|docx|xlsx|export)$/.test(key) ? 6 : undefined;

let h: Harness;
let provider: Person;
let municipality = { tenantId: '', token: '' };
const MUNICIPALITY_ADMIN = 'kmet@fuzz.example';

/** Where the ids a parameter or field may name live (a field `carriedOverMeasureIds` names measures). */
const ID_TABLES: Record<string, string> = {
  service: 'service',
  meeting: 'meeting',
  recommendation: 'meeting_recommendation',
  programme: 'quality_programme',
  measure: 'quality_programme_measure',
  carriedOverMeasure: 'quality_programme_measure',
  review: 'quality_programme_review',
  file: 'stored_file',
  document: 'quality_document',
  assessment: 'assessment',
  evidence: 'assessment_evidence',
  report: 'report',
  monitoringReport: 'monitoring_report',
  position: 'staff_position',
  member: 'staff_member',
  mentor: 'staff_member',
  newcomer: 'staff_member',
  training: 'staff_training',
  appraisal: 'staff_appraisal',
  supervision: 'staff_supervision',
  mentoring: 'staff_mentoring',
  survey: 'survey',
  notification: 'notification',
  notice: 'notification',
  inspection: 'inspection',
  attachment: 'inspection_attachment',
  prescription: 'inspection_prescription',
  membership: 'membership',
  invitation: 'invitation',
  contract: 'commissioning_contract',
  providerInvitation: 'provider_invitation',
  catalogueVersion: 'catalogue_version',
  version: 'catalogue_version',
};
const pools = new Map<string, string[]>();

async function refreshPools(): Promise<void> {
  for (const table of new Set(Object.values(ID_TABLES))) {
    const rows = await h.sql<{ id: string }>(`select id::text as id from ${table} order by id desc limit 12`);
    pools.set(
      table,
      rows.map((row) => row.id),
    );
  }
  pools.set('tenant', [provider.tenantId, municipality.tenantId]);
  const users = await h.sql<{ id: string }>(
    `select user_id::text as id from membership where tenant_id = any($1) order by id limit 12`,
    [[provider.tenantId, municipality.tenantId]],
  );
  pools.set(
    'user',
    users.map((row) => row.id),
  );
}

const context = (document: Record<string, unknown>): ArbitraryContext => ({
  resolve: (ref) => {
    const name = ref.split('/').at(-1) ?? '';
    return ((document['components'] as { schemas: Record<string, JsonSchema> }).schemas[name] ??
      {}) as JsonSchema;
  },
  ids: (name) => {
    const base = name.replace(/Ids?$/, '');
    if (/tenant/i.test(base)) return pools.get('tenant') ?? [];
    if (/user|inspector|responsible/i.test(base)) return pools.get('user') ?? [];
    const table = ID_TABLES[base];
    return table ? (pools.get(table) ?? []) : [];
  },
});

interface Operation {
  method: string;
  path: string;
  parameters: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

interface Case {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

function operations(document: Record<string, unknown>): Operation[] {
  const list: Operation[] = [];
  for (const [path, methods] of Object.entries(
    document['paths'] as Record<string, Record<string, JsonSchema>>,
  ))
    for (const [method, operation] of Object.entries(methods)) {
      const content = (operation['requestBody'] as { content?: Record<string, { schema: JsonSchema }> })
        ?.content;
      list.push({
        method: method.toUpperCase(),
        path,
        parameters: (operation['parameters'] ?? []) as Operation['parameters'],
        body: content?.['application/json']?.schema,
      });
    }
  // Creating first (so that later operations find rows to work on), deleting last.
  const rank = (op: Operation) =>
    op.method === 'DELETE' ? 3 : op.method === 'POST' ? op.path.split('{').length - 1 : 1.5;
  return list.sort(
    (a, b) => rank(a) - rank(b) || `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`),
  );
}

function caseArbitrary(
  op: Operation,
  ctx: ArbitraryContext,
  mode: 'validish' | 'hostile',
): fc.Arbitrary<Case> {
  const path: Record<string, fc.Arbitrary<string>> = {};
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredQuery: string[] = [];
  for (const parameter of op.parameters) {
    const valid = validish(parameter.schema, ctx, parameter.name);
    if (parameter.in === 'path') path[parameter.name] = valid.map(String);
    else if (parameter.in === 'query') {
      query[parameter.name] = valid;
      if (parameter.required) requiredQuery.push(parameter.name);
    }
  }
  const valid = fc.record({
    path: fc.record(path),
    query: Object.keys(query).length ? fc.record(query, { requiredKeys: requiredQuery }) : fc.constant({}),
    body: op.body ? validish(op.body, ctx) : fc.constant(undefined),
  });
  if (mode === 'validish') return valid;
  // One part hostile, the rest as the schemas want it, so that the hostile part reaches as far as it can.
  const spoilable = [
    ...Object.keys(path)
      .filter((name) => name !== 'tenantId')
      .map((name) => ({ part: 'path' as const, name })),
    ...Object.keys(query).map((name) => ({ part: 'query' as const, name })),
    ...(op.body ? [{ part: 'body' as const, name: '' }] : []),
  ];
  if (spoilable.length === 0) return valid;
  return fc
    .tuple(
      valid,
      fc.constantFrom(...spoilable),
      hostileParameter,
      op.body ? hostile(op.body, ctx) : fc.constant(undefined),
    )
    .map(([c, target, text, body]) =>
      target.part === 'body'
        ? { ...c, body }
        : { ...c, [target.part]: { ...c[target.part], [target.name]: text } },
    );
}

/** A lone surrogate cannot be percent-encoded as UTF-8: it is sent as the bytes of one (invalid UTF-8). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.toWellFormed())}%ED%A0%80`;
  }
}

function urlOf(op: Operation, c: Case): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encode(c.path[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(c.query))
    for (const item of [value].flat())
      search.append(key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** What a refused write must not have changed: every audit chain, and the global tables outside the trail. */
async function footprint(): Promise<string> {
  const [row] = await h.sql<{ f: string }>(
    `select concat_ws('/', (select coalesce(sum(last_seq), 0) from audit_chain), (select count(*) from tenant),
                           (select count(*) from app_user)) as f`,
  );
  return row?.f ?? '';
}

let logins = 0;

async function logIn(email: string): Promise<string> {
  const login = await h.call({
    method: 'POST',
    url: '/api/v1/auth/login',
    // an address of its own each time, so that the fuzzed logins' rate limit never locks the test out
    remoteAddress: `10.200.${logins >> 8}.${logins++ % 256}`,
    payload: { email, password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login of ${email} failed: ${login.body}`);
  return login.json<{ accessToken: string }>().accessToken;
}

/** Whether a generated request ended an admin's session; if so, that admin logs in again. */
async function sessionsEnded(): Promise<boolean> {
  let ended = false;
  for (const [who, email] of [
    [provider, 'admin@fuzz.example'],
    [municipality, MUNICIPALITY_ADMIN],
  ] as const) {
    const me = await h.call({ method: 'GET', url: '/api/v1/me', token: who.token });
    if (me.statusCode === 401) {
      who.token = await logIn(email);
      ended = true;
    }
  }
  return ended;
}

beforeAll(async () => {
  ({ h, person: provider } = await organisationOnFreshApi('Сдружение „Фъз“', 'admin@fuzz.example'));
  const town = await operatorTenant(h, provider, {
    legalName: 'Община Фъз',
    adminEmail: MUNICIPALITY_ADMIN,
    eik: '000696327',
  });
  municipality = { tenantId: town.id, token: await logIn(MUNICIPALITY_ADMIN) };
  await commission(h, { id: municipality.tenantId, token: municipality.token }, provider, {
    serviceId: await createService(h, provider, { name: 'ЦОП „Фъз“', capacity: 20 }),
    basis: 'Договор',
    startsOn: '2026-01-01',
    endsOn: '2030-12-31',
  });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

it(
  `answers no 5xx and half-writes nothing for any generated request (seed ${SEED})`,
  async () => {
    const document = h.app.swagger() as unknown as Record<string, unknown>;
    const ctx = context(document);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;
    let reLogins = 0;
    const started = Date.now();
    const ops = operations(document);
    const slow = new Map<string, number>();
    for (const [index, op] of ops.entries()) {
      if (index % 10 === 0) await refreshPools();
      const key = `${op.method} ${op.path}`;
      const opSeed = [...key].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0, SEED);
      const runs = fewerRuns(key) ?? RUNS;
      const cases = [
        ...fc.sample(caseArbitrary(op, ctx, 'validish'), { seed: opSeed, numRuns: Math.ceil(runs / 2) }),
        ...fc.sample(caseArbitrary(op, ctx, 'hostile'), { seed: opSeed + 1, numRuns: Math.floor(runs / 2) }),
      ];
      const opStarted = Date.now();
      for (const c of cases) {
        const url = urlOf(op, c);
        const write = op.method !== 'GET';
        // What the database holds, as far as a refused write could change it — read afresh before each write: a
        // download (GET) may store its rendering (decision 102), which the trail records too.
        // A finished report's PDF is rendered and stored after its response (decision 108): that write is the
        // earlier request's, so it ends before this one's footprint is taken.
        if (write) await renderingsSettled();
        const before = write ? await footprint() : '';
        const send = () =>
          h.call({
            method: op.method as 'GET',
            url,
            token: c.path['tenantId'] === municipality.tenantId ? municipality.token : provider.token,
            // spread over addresses so that the per-address limits leave most requests to reach the handlers
            remoteAddress: `10.1.${requests % 250}.${(requests >> 8) % 250}`,
            ...(c.body !== undefined ? { payload: JSON.stringify(c.body) } : {}),
            headers: {
              'content-type': 'application/json',
              'accept-language': ['bg', 'en', 'uk'][requests % 3] ?? 'bg',
            },
          });
        let response = await send();
        requests++;
        // A generated logout or session end logs an admin out: log in again and send the request once more.
        if (response.statusCode === 401 && (await sessionsEnded())) {
          reLogins++;
          response = await send();
          requests++;
        }
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const shown = `${op.method} ${url.slice(0, 300)} ${JSON.stringify(c.body)?.slice(0, 300) ?? ''}`;
        if (response.statusCode >= 500) failures.push(`${response.statusCode} ${shown}`);
        if (write) {
          if (response.statusCode >= 400 && (await footprint()) !== before)
            failures.push(`half-written by a refused ${response.statusCode}: ${shown}`);
        }
      }
      slow.set(key, Date.now() - opStarted);
    }
    const slowest = [...slow].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz: seed ${SEED}, ${ops.length} operations, ${requests} requests in ${seconds.toFixed(1)} s, ` +
        `${reLogins} re-logins, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
        `slowest ${slowest.map(([op, ms]) => `${op} ${ms} ms`).join(', ')}`,
    );
    expect(
      failures,
      `FUZZ_SEED=${SEED}: ${failures.length} failing requests:\n${failures.join('\n')}`,
    ).toEqual([]);

    for (const tenantId of [provider.tenantId, municipality.tenantId]) {
      const verification = await h.call({
        method: 'GET',
        url: `/api/v1/tenants/${tenantId}/audit/verification`,
        token: tenantId === provider.tenantId ? provider.token : municipality.token,
      });
      expect(verification.json(), tenantId).toMatchObject({ ok: true });
    }
    // about a minute on a quiet machine; the margin is for a CI machine running other test files at the same time
  },
  Math.max(300_000, RUNS * 15_000),
);
