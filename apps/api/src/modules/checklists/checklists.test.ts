import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '@mera/calendar';
import { type OperatorTenant, operatorTenant, type Person } from '../../testing/fixtures.ts';
import { jsonCaller } from '../../testing/requests.ts';
import { createHarness, signUpAndLogIn, type Harness } from '../../testing/harness.ts';

/**
 * The checklist engine through both of its users: a provider's check and a municipality's inspection, for every
 * variant of every installed plugin (discovered from the plugin registry, never listed by hand) — so a new annex or
 * plugin whose verbatim text repeats itself (criterion 4.4; 4.1 in annex 14) can never break a checklist again.
 */

let h: Harness;
let ngo: Person;
let municipality: OperatorTenant;

interface Indicator {
  id: string;
  key: string;
  sources: string[];
  result: string | null;
  version: number;
  actions: { kind: string; id: string; title: string }[];
}
interface Tree {
  id: string;
  status: string;
  version: number;
  progress?: { answered: number; total: number };
  sections?: { children: { children: { children: Indicator[] }[] }[] }[];
  checklist?: { children: { children: { children: Indicator[] }[] }[] }[];
}
export const indicatorsOf = (t: Tree) =>
  (t.sections ?? t.checklist ?? []).flatMap((s) =>
    s.children.flatMap((st) => st.children.flatMap((c) => c.children)),
  );

const call = jsonCaller(
  () => h,
  () => ngo.token,
);

beforeAll(async () => {
  // The plugins this deployment installs (plugins/), not the small fixture the other tests use.
  h = await createHarness({ PLUGINS_DIR: fileURLToPath(new URL('../../../../../plugins', import.meta.url)) });
  ngo = await signUpAndLogIn(h, 'Сдружение „Всички услуги“', 'admin@vsichki.example');
  municipality = await operatorTenant(h, ngo, {
    legalName: 'Община Всички',
    adminEmail: 'kmet@vsichki.example',
    displayName: 'Кмет Всички',
  });
});
afterAll(async () => {
  await h?.close();
});

/** Answers every indicator, the first through the API and checks the answer's version; returns the detail after. */
async function answerAll(url: string, answers: string, token: string, indicators: Indicator[]) {
  const [first, ...rest] = indicators;
  const saved = await call<{ version: number }>(
    'PUT',
    `${url}/${answers}`,
    { itemId: first!.id, result: 'met', note: 'Проверено.', version: 0 },
    token,
  );
  expect(saved.response.statusCode, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.version).toBe(1);
  for (const indicator of rest) {
    const r = await call(
      'PUT',
      `${url}/${answers}`,
      { itemId: indicator.id, result: 'met', version: 0 },
      token,
    );
    expect(r.response.statusCode).toBe(200);
  }
  return (await call<Tree>('GET', url, undefined, token)).body;
}

describe('every variant of every installed plugin', () => {
  it('takes a full-scope check and a full-scope inspection, answered and completed or signed', async () => {
    const variants = h.app.servicePlugins.flatMap((p) =>
      p.variants.map((v) => ({ plugin: p.code, variant: v.key })),
    );
    expect(variants.length).toBeGreaterThan(0);
    const p = `/api/v1/tenants/${ngo.tenantId}`;
    const m = `/api/v1/tenants/${municipality.id}`;
    for (const { plugin, variant } of variants) {
      const label = `${plugin}/${variant}`;
      const service = await call<{ id: string }>('POST', `${p}/services`, {
        name: `Услуга ${label}`,
        pluginCode: plugin,
        variantKey: variant,
        capacity: 10,
      });
      expect(service.response.statusCode, label).toBe(201);

      // The provider's check over the whole variant (art. 24).
      const check = await call<Tree>('POST', `${p}/assessments`, {
        serviceId: service.body.id,
        kind: 'self_assessment',
        startedOn: today(),
      });
      expect(check.response.statusCode, label).toBe(201);
      const indicators = indicatorsOf(check.body);
      expect(indicators.length, label).toBe(check.body.progress?.total);
      expect(new Set(indicators.map((i) => i.id)).size, `${label}: ids are unique`).toBe(indicators.length);
      const answered = await answerAll(`${p}/assessments/${check.body.id}`, 'results', ngo.token, indicators);
      const done = await call<Tree>('POST', `${p}/assessments/${check.body.id}/completion`, {
        version: answered.version,
      });
      expect(done.response.statusCode, label).toBe(200);
      expect(done.body.status).toBe('completed');

      // The municipality's inspection of the same service, over the whole variant (art. 31–33).
      const contract = await call<{ id: string }>(
        'POST',
        `${m}/contracts`,
        {
          providerTenantId: ngo.tenantId,
          serviceId: service.body.id,
          basis: `Договор ${label}`,
          startsOn: '2024-01-01',
          endsOn: '2099-12-31',
        },
        municipality.token,
      );
      await call('POST', `${p}/contracts/${contract.body.id}/decision`, { decision: 'accept' });
      const inspection = await call<Tree>(
        'POST',
        `${m}/inspections`,
        {
          kind: 'periodic',
          reason: 'plan',
          orderNumber: `РД-${label}`,
          place: 'в услугата',
          orderDate: '2026-05-04',
          startsOn: '2026-05-11',
          endsOn: '2026-05-12',
          contractId: contract.body.id,
          inspectors: [{ userId: municipality.userId }],
        },
        municipality.token,
      );
      expect(inspection.response.statusCode, `${label}: ${JSON.stringify(inspection.body)}`).toBe(201);
      const url = `${m}/inspections/${inspection.body.id}`;
      const filled = await answerAll(url, 'findings', municipality.token, indicatorsOf(inspection.body));
      expect(
        indicatorsOf(filled).every((i) => i.result === 'met'),
        label,
      ).toBe(true);
      await call(
        'PATCH',
        url,
        { version: filled.version, completedOn: '2026-05-12', facts: 'Проверени са документите.' },
        municipality.token,
      );
      const signed = await call<Tree>('POST', `${url}/signatures`, undefined, municipality.token);
      expect(signed.response.statusCode, label).toBe(200);
      expect(signed.body.status).toBe('signed');
    }
  }, 600_000);
});
