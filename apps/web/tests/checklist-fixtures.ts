// What the checklist browser tests build through the API: every variant of every installed plugin (asked of the
// catalogue, never listed here), a full-scope check and a full-scope inspection of a service of each, and answers
// written straight into the database when a test needs all but one indicator answered.
import type { Stack } from './stack.ts';

export interface Variant {
  plugin: string;
  variant: string;
  annex: number;
}
interface Tree {
  id: string;
  children?: Tree[];
}

const sofiaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const daysBefore = (days: number) =>
  new Date(Date.parse(`${sofiaToday()}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
export const today = sofiaToday;

/** Every indicator id of a detail response's tree (sections → standards → criteria → indicators). */
export function indicatorIds(sections: Tree[]): string[] {
  return sections.flatMap((s) =>
    (s.children ?? []).flatMap((st) =>
      (st.children ?? []).flatMap((c) => (c.children ?? []).map((i) => i.id)),
    ),
  );
}

export async function discoverVariants(stack: Stack): Promise<Variant[]> {
  const response = await stack.h.call({ method: 'GET', url: '/api/v1/catalogue/service-types' });
  if (response.statusCode !== 200) throw new Error(`listing the service types failed: ${response.body}`);
  return response
    .json<{ code: string; variants: { key: string; annex: number }[] }[]>()
    .flatMap((type) => type.variants.map((v) => ({ plugin: type.code, variant: v.key, annex: v.annex })));
}

type Session = { tenantId: string; token: string };

async function call<T>(
  stack: Stack,
  who: Session,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
) {
  const response = await stack.h.call({ method, url, token: who.token, ...(payload ? { payload } : {}) });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

/** A service of the variant, and a full-scope check of it: "all standards" of the annex. */
export async function fullCheck(stack: Stack, ngo: Session, v: Variant, name: string) {
  const t = `/api/v1/tenants/${ngo.tenantId}`;
  const service = await call<{ id: string }>(stack, ngo, 'POST', `${t}/services`, {
    name,
    pluginCode: v.plugin,
    variantKey: v.variant,
    address: 'София, ул. „Опълченска“ 1',
  });
  const check = await call<{ id: string; sections: Tree[] }>(stack, ngo, 'POST', `${t}/assessments`, {
    serviceId: service.id,
    kind: 'periodic',
    startedOn: daysBefore(1),
  });
  const detail = await call<{ id: string; sections: Tree[] }>(
    stack,
    ngo,
    'GET',
    `${t}/assessments/${check.id}`,
  );
  return { serviceId: service.id, id: check.id, items: indicatorIds(detail.sections) };
}

/** The municipality commissions the service (the provider accepts) and orders a full-scope inspection of it. */
export async function fullInspection(
  stack: Stack,
  ngo: Session,
  mayor: Session & { userId: string },
  serviceId: string,
  order: number,
) {
  const m = `/api/v1/tenants/${mayor.tenantId}`;
  const contract = await call<{ id: string }>(stack, mayor, 'POST', `${m}/contracts`, {
    providerTenantId: ngo.tenantId,
    serviceId,
    basis: `Договор № ${order}/2025`,
    startsOn: '2025-01-01',
    endsOn: '2099-12-31',
  });
  await call(stack, ngo, 'POST', `/api/v1/tenants/${ngo.tenantId}/contracts/${contract.id}/decision`, {
    decision: 'accept',
  });
  const inspection = await call<{ id: string; checklist: Tree[]; version: number }>(
    stack,
    mayor,
    'POST',
    `${m}/inspections`,
    {
      contractId: contract.id,
      kind: 'periodic',
      reason: 'plan',
      orderNumber: `РД-09-${order}`,
      orderDate: daysBefore(3),
      startsOn: daysBefore(2),
      endsOn: sofiaToday(),
      inspectors: [{ userId: mayor.userId, position: 'главен експерт' }],
    },
  );
  return { id: inspection.id, version: inspection.version, items: indicatorIds(inspection.checklist) };
}

/** The inspection's report, written so that only the findings stand between it and a signature. */
export async function writeReport(stack: Stack, mayor: Session, id: string) {
  const url = `/api/v1/tenants/${mayor.tenantId}/inspections/${id}`;
  const { version } = await call<{ version: number }>(stack, mayor, 'GET', url);
  await call(stack, mayor, 'PATCH', url, {
    version,
    completedOn: sofiaToday(),
    facts: 'Проверени са документите и помещенията.',
  });
}

/** Answers every indicator but the listed ones, straight in the database (the browser answers the rest). */
export async function answerAllBut(
  stack: Stack,
  of: 'assessment' | 'inspection',
  tenantId: string,
  parentId: string,
  items: string[],
  except: string[],
) {
  const [table, parent] =
    of === 'assessment' ? ['assessment_result', 'assessment_id'] : ['inspection_finding', 'inspection_id'];
  await stack.h.sql(
    `insert into ${table} (tenant_id, ${parent}, item_id, result) select $1, $2, item, 'met' from unnest($3::text[]) as item`,
    [tenantId, parentId, items.filter((item) => !except.includes(item))],
  );
}

/** What the server holds for one indicator. */
export async function stored(
  stack: Stack,
  of: 'assessment' | 'inspection',
  parentId: string,
  itemId: string,
) {
  const [table, parent] =
    of === 'assessment' ? ['assessment_result', 'assessment_id'] : ['inspection_finding', 'inspection_id'];
  const [row] = await stack.h.sql<{ result: string | null; note: string | null; version: number }>(
    `select result, note, version from ${table} where ${parent} = $1 and item_id = $2`,
    [parentId, itemId],
  );
  return row;
}
