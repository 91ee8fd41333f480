import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createHarness, type Harness } from '../testing/index.ts';
import { isValidEik } from '../modules/tenancy/index.ts';
import { seedDemoIfEmpty, type DemoCredential } from './seed.ts';
import { logIn } from './api.ts';

const WORKSPACE_PLUGINS = fileURLToPath(new URL('../../../../plugins', import.meta.url));

describe('without the demo’s plugins (the fixture plugin only)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('seeds a provider and a municipality with working logins, once, and no broken services', async () => {
    const credentials = await seedDemoIfEmpty(h.app);
    expect(credentials.map((c) => c.tenant)).toEqual(
      expect.arrayContaining(['Сдружение „Демо грижа“', 'Община Демоград']),
    );
    const tenants = await h.sql<{ kind: string; eik: string }>('select kind, eik from tenant order by kind');
    expect(tenants.map((t) => t.kind)).toEqual(['municipality', 'provider']);
    for (const tenant of tenants) expect(isValidEik(tenant.eik)).toBe(true);
    // Every person logs in and sees exactly their own membership.
    for (const credential of credentials.filter((c) => c.role !== 'operator')) {
      const me = await (
        await logIn(h.app, credential.email, credential.password)
      )<{
        memberships: { role: string }[];
      }>('GET', '/me');
      expect(me.memberships.map((m) => m.role)).toEqual([credential.role]);
    }
    expect(await h.sql('select id from service')).toEqual([]);
    expect(await seedDemoIfEmpty(h.app)).toEqual([]);
  });
});

describe('with the workspace’s plugins, as `npm start` seeds it', () => {
  let h: Harness;
  let credentials: DemoCredential[];
  let seconds: number;
  const as = (email: string) => logIn(h.app, email, 'Demo-Mera-2026!');
  beforeAll(async () => {
    // The app syncs the real catalogue as it starts, as the seed command's does: the seed comes after it.
    h = await createHarness({ PLUGINS_DIR: WORKSPACE_PLUGINS });
    const started = performance.now();
    credentials = await seedDemoIfEmpty(h.app);
    seconds = (performance.now() - started) / 1000;
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('has the municipality’s admin and inspector, and the provider’s admin and quality lead', () => {
    expect(credentials.map((c) => [c.email, c.role])).toEqual([
      ['admin@demo-grizha.example', 'admin'],
      ['kachestvo@demo-grizha.example', 'quality_lead'],
      ['admin@demograd.example', 'admin'],
      ['inspektor@demograd.example', 'inspector'],
      ['operator@mera.example', 'operator'],
    ]);
    process.stdout.write(`demo seed with its year of history: ${seconds.toFixed(1)} s\n`);
  });

  it('gives the provider’s home a score in each of the last five quarters, with a trend both ways', async () => {
    const lead = await as('kachestvo@demo-grizha.example');
    const [tenant] = await h.sql<{ id: string }>(`select id from tenant where kind = 'provider'`);
    const home = await lead<{
      services: { serviceName: string; latestScore: number | null; trend: { score: number | null }[] }[];
      checks: unknown[];
      feedback: { total: number };
      deadlines: { overdueByKind: { kind: string; count: number }[] };
      documents: unknown[] | null;
      onboarding: unknown;
    }>('GET', `/tenants/${tenant?.id}/home`);
    const scored = home.services.filter((s) => s.trend.every((point) => point.score !== null));
    expect(scored).toHaveLength(3);
    const changes = scored.map((s) => (s.trend.at(-1)?.score ?? 0) - (s.trend[0]?.score ?? 0));
    expect(changes.some((c) => c > 0)).toBe(true);
    expect(changes.some((c) => c < 0)).toBe(true);
    expect(home.checks).toHaveLength(1);
    // A calm work list: the one meeting still to be held, nothing else late.
    expect(home.deadlines.overdueByKind).toEqual([
      expect.objectContaining({ kind: 'head_meeting', count: 1 }),
    ]);
    expect(home.feedback.total).toBe(36);
    // Every first step was taken long ago: no guided path on the demo's home.
    expect(home.onboarding).toBeNull();

    const plan = await lead<{ services: { quarters: { status: string }[] }[] }>(
      'GET',
      `/tenants/${tenant?.id}/monitoring-plan`,
    );
    const done = plan.services.filter((s) =>
      s.quarters.every((q) => q.status === 'done' || q.status === 'none'),
    );
    expect(done.length).toBeGreaterThanOrEqual(3);
  });

  it('has meetings, survey answers, a submitted programme and reports', async () => {
    const [provider] = await h.sql<{ id: string }>(`select id from tenant where kind = 'provider'`);
    const counts = await h.sql<Record<string, string>>(
      `select (select count(*) from meeting) as meetings,
              (select count(*) from survey_response) as answers,
              (select count(*) from quality_programme where status = 'submitted') as programmes,
              (select count(*) from quality_programme_measure) as measures,
              (select string_agg(kind || ':' || status, ',' order by kind) from report) as reports,
              (select count(*) from monitoring_report where status = 'draft') as monitoring
       where ?::uuid is not null`.replace('?', '$1'),
      [provider?.id],
    );
    expect(counts[0]).toMatchObject({
      meetings: '81',
      answers: '36',
      programmes: '1',
      measures: '4',
      reports: 'annual_report:submitted,semi_annual_analysis:submitted',
      monitoring: '1',
    });
  });

  it('gives the inspector a signed inspection with prescriptions and one ordered for next week', async () => {
    const inspector = await as('inspektor@demograd.example');
    const [town] = await h.sql<{ id: string }>(`select id from tenant where kind = 'municipality'`);
    const list = await inspector<{ status: string; orderNumber: string; startsOn: string }[]>(
      'GET',
      `/tenants/${town?.id}/inspections`,
    );
    expect(list.map((i) => [i.orderNumber, i.status]).sort()).toEqual([
      ['РД-09-14', 'signed'],
      ['РД-09-21', 'ordered'],
    ]);
    const prescriptions = await h.sql('select id from inspection_prescription');
    expect(prescriptions.length).toBeGreaterThan(0);
  });
});
