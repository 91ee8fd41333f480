import { getOk, logIn } from '../lib/mera-client.ts';
import { startBenchServer, withClient } from '../lib/postgres.ts';
import { peakRssDuring, sampleProcess } from '../lib/proc.ts';
import { signingKey, startMera, type RunningService } from '../lib/services.ts';
import { postJson } from './assembly.ts';
import { readSeedRecord, SCALE_DATABASE } from './seed.ts';

/**
 * The API's resident memory step by step on the national-scale database (a fresh API, one request at a time): which
 * request raises it, and by how much. `node scale/memory-steps.ts` after `seed:scale`.
 */
const server = await startBenchServer();
let mera: RunningService | undefined;
try {
  const record = await readSeedRecord(server);
  if (!record) throw new Error('seed the national-scale database first (pnpm seed:scale)');
  // What an earlier run created (one monitoring per year and municipality), removed with triggers off.
  await withClient(server.adminUrl(SCALE_DATABASE), async (client) => {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query(`delete from monitoring_report where title like 'Бенчмарк:%'`);
    await client.query(`delete from report where title like 'Бенчмарк:%'`);
    await client.query('commit');
  });
  mera = await startMera(server.appUrl(SCALE_DATABASE), signingKey().privatePem);
  const api = mera;
  let since = performance.now();
  const print = (step: string, peak: number | null) => {
    const ms = Math.round(performance.now() - since);
    console.log(
      `${step.padEnd(36)} ${String(ms).padStart(6)} ms, peak ${peak} MB, after ${sampleProcess(api.pid).rssMb} MB`,
    );
    since = performance.now();
  };
  print('idle', sampleProcess(api.pid).rssMb);
  const hundred = record.municipalities.find((m) => m.services === 100);
  if (!hundred) throw new Error('no municipality with 100 services');
  const town = await logIn(api.url, hundred.email);
  since = performance.now();
  const year = 2026; // as measure.ts
  const monitoringBase = `${api.url}/api/v1/tenants/${hundred.tenantId}/monitoring-reports`;
  let monitoringId = '';
  print(
    'yearly monitoring assembled (POST)',
    (
      await peakRssDuring(api.pid, async () => {
        const created = await postJson<{ id: string }>(monitoringBase, town, {
          year,
          title: `Бенчмарк: мониторинг ${year} (памет)`,
        });
        monitoringId = created.json.id;
      })
    ).peakRssMb,
  );
  print(
    'yearly monitoring PDF',
    (await peakRssDuring(api.pid, () => getOk(`${monitoringBase}/${monitoringId}/pdf`, town))).peakRssMb,
  );
  const provider = await logIn(api.url, record.provider.email);
  since = performance.now();
  const reportsBase = `${api.url}/api/v1/tenants/${record.provider.tenantId}/reports`;
  let reportId = '';
  print(
    'annual report assembled (POST)',
    (
      await peakRssDuring(api.pid, async () => {
        const created = await postJson<{ id: string }>(reportsBase, provider, {
          kind: 'annual_report',
          year: year - 1,
          title: `Бенчмарк: годишен доклад ${year - 1} (памет)`,
        });
        reportId = created.json.id;
      })
    ).peakRssMb,
  );
  print(
    'annual report PDF',
    (await peakRssDuring(api.pid, () => getOk(`${reportsBase}/${reportId}/pdf`, provider))).peakRssMb,
  );
} finally {
  await mera?.stop();
  await server.stop();
}
