import { parseArgs } from 'node:util';
import { alongside, load, sequentialLatency, type LoadResult } from '../lib/load.ts';
import { getOk, logIn } from '../lib/mera-client.ts';
import { isCurrent, startBenchServer, withClient } from '../lib/postgres.ts';
import { peakRssDuring, sampleProcess } from '../lib/proc.ts';
import { describeMachine, writeResults } from '../lib/report.ts';
import { signingKey, startMera, type RunningService } from '../lib/services.ts';
import { countStatements, type StatementCount } from '../lib/statements.ts';
import { assembleTimes, type AssemblyResult } from './assembly.ts';
import { planFor } from './plan.ts';
import { scaleMarkdown, type ScaleRow } from './report.ts';
import { scenarios, type Scenario } from './scenarios.ts';
import { readSeedRecord, SCALE_DATABASE, seedScale } from './seed.ts';

/**
 * Measurements on the national-scale database (seeded first when it is missing, stale or of another scale): each
 * read of issue 15 one request at a time (p50/p95 of the service time) with its SQL statements per request from
 * pg_stat_statements, the yearly monitoring and the annual report assembled and rendered, then a mixed load of 32
 * connections while the API's resident memory is sampled.
 * Run: `pnpm --filter @mera/bench bench:scale [--scale 0.1] [--reseed]` (BENCH_SAMPLES, BENCH_MAX_SECONDS,
 * BENCH_LOAD_SECONDS).
 */
const { values } = parseArgs({ options: { scale: { type: 'string' }, reseed: { type: 'boolean' } } });
const plan = planFor(Number(values.scale ?? process.env['BENCH_SCALE'] ?? 1));
const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 10);
const MAX_SECONDS = Number(process.env['BENCH_MAX_SECONDS'] ?? 20);
/** First downloads (the document rendered, its stored copy forgotten before each): each costs a whole rendering. */
const FIRST_SAMPLES = Number(process.env['BENCH_FIRST_SAMPLES'] ?? 5);
const LOAD_SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 15);
const YEAR = 2026;
/** The phases to run (`BENCH_PHASES=load`: the mixed load alone, on a fresh API). */
const PHASES = new Set((process.env['BENCH_PHASES'] ?? 'reads,documents,load').split(','));

const log = (line: string) => process.stdout.write(`[scale] ${line}\n`);
const server = await startBenchServer(log);
let mera: RunningService | undefined;
try {
  const machine = await describeMachine(server.adminUrl());
  let seed = await readSeedRecord(server);
  if (
    values.reseed ||
    !seed ||
    seed.plan.scale !== plan.scale ||
    !(await isCurrent(server, SCALE_DATABASE))
  ) {
    log(`seeding the national-scale database (scale ${plan.scale})`);
    seed = await seedScale(server, plan, log);
  } else log(`using the database seeded ${seed.seededAt} (scale ${seed.plan.scale}; --reseed to rebuild)`);
  const record = seed;
  await forgetEarlierRuns(server.adminUrl(SCALE_DATABASE));

  const key = signingKey();
  mera = await startMera(server.appUrl(SCALE_DATABASE), key.privatePem);
  const api = mera;
  const idleRssMb = sampleProcess(api.pid).rssMb;
  const tokenOf = async (as: Scenario['as']) => {
    const email =
      as === 'provider'
        ? record.provider.email
        : (record.municipalities.find((m) => m.services === as.municipality)?.email ?? '');
    // Access tokens live 10 minutes: a fresh one per scenario.
    return logIn(api.url, email);
  };
  const count = (requests: number, run: () => Promise<void>) =>
    countStatements(server.adminUrl(SCALE_DATABASE), SCALE_DATABASE, requests, run);

  // The read timed while a document renders: catalogue search, a light read (4 statements, a few ms of CPU).
  const search = scenarios(record).find((s) => s.key === 'catalogue-search');
  const meanwhile = (token: string) => ({
    url: `${api.url}${search?.path ?? ''}`,
    token,
    label: 'catalogue search',
  });
  const rows: ScaleRow[] = [];
  const statementsTop: Record<string, StatementCount['top']> = {};
  const assemblies: Record<string, AssemblyResult & { statements: number; sqlMs: number }> = {};
  let loadResults: Record<string, LoadResult> = {};
  // The peak of each phase as well as the whole run's: the reads one at a time, the documents (assembled and
  // rendered), the mixed load.
  const phasePeaks: Record<'reads' | 'documents' | 'load', number | null> = {
    reads: null,
    documents: null,
    load: null,
  };
  const measured = await peakRssDuring(api.pid, async () => {
    const reads = await peakRssDuring(api.pid, async () => {
      for (const scenario of PHASES.has('reads') ? scenarios(record) : []) {
        const token = await tokenOf(scenario.as);
        const url = `${api.url}${scenario.path}`;
        await getOk(url, token); // warm: the first request of a route compiles its code paths
        const statements = await count(scenario.countRequests, () => getOk(url, token));
        statementsTop[scenario.key] = statements.top;
        const latency = await sequentialLatency({
          url,
          token,
          samples: SAMPLES,
          maxSeconds: MAX_SECONDS,
          serverPid: api.pid,
        });
        rows.push({
          key: scenario.key,
          label: scenario.label,
          ...latency,
          statements: statements.perRequest,
          sqlMs: statements.sqlMsPerRequest,
        });
        log(
          `${scenario.label}: p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, ${statements.perRequest} statements`,
        );
      }
    });
    phasePeaks.reads = reads.peakRssMb;

    const documents = await peakRssDuring(api.pid, async () => {
      if (!PHASES.has('documents')) return;
      // The yearly monitoring (art. 35) of the municipality with 100 services: assembled, then the PDF.
      const hundred = record.municipalities.find((m) => m.services === 100);
      if (!hundred) throw new Error('no municipality with 100 services');
      const municipalityToken = await tokenOf({ municipality: 100 });
      const monitoringBase = `${api.url}/api/v1/tenants/${hundred.tenantId}/monitoring-reports`;
      let monitoringStatements = { perRequest: 0, sqlMsPerRequest: 0 };
      const monitoring = await assembleTimes({
        createUrl: monitoringBase,
        reassemblyUrl: (id) => `${monitoringBase}/${id}/reassembly`,
        token: municipalityToken,
        body: { year: YEAR, title: `Бенчмарк: мониторинг ${YEAR}` },
        again: 2,
        around: async (create) => {
          monitoringStatements = await count(1, create);
        },
      });
      assemblies['monitoring-assembly'] = {
        ...monitoring,
        statements: monitoringStatements.perRequest,
        sqlMs: monitoringStatements.sqlMsPerRequest,
      };
      log(
        `yearly monitoring assembled: p50 ${monitoring.p50Ms} ms, ${monitoringStatements.perRequest} statements`,
      );
      await document(
        rows,
        count,
        api.pid,
        'monitoring-pdf',
        'yearly monitoring PDF (100 services)',
        `${monitoringBase}/${monitoring.id}/pdf`,
        municipalityToken,
        () => forgetRendered(server.adminUrl(SCALE_DATABASE), monitoring.id),
        meanwhile(municipalityToken),
      );

      // The measured provider's annual report for last year (all its services): assembled, then the PDF.
      const providerToken = await tokenOf('provider');
      const reportsBase = `${api.url}/api/v1/tenants/${record.provider.tenantId}/reports`;
      let reportStatements = { perRequest: 0, sqlMsPerRequest: 0 };
      const annual = await assembleTimes({
        createUrl: reportsBase,
        reassemblyUrl: (id) => `${reportsBase}/${id}/reassembly`,
        token: providerToken,
        body: { kind: 'annual_report', year: YEAR - 1, title: `Бенчмарк: годишен доклад ${YEAR - 1}` },
        again: 2,
        around: async (create) => {
          reportStatements = await count(1, create);
        },
      });
      assemblies['annual-report-assembly'] = {
        ...annual,
        statements: reportStatements.perRequest,
        sqlMs: reportStatements.sqlMsPerRequest,
      };
      log(`annual report assembled: p50 ${annual.p50Ms} ms, ${reportStatements.perRequest} statements`);
      await document(
        rows,
        count,
        api.pid,
        'annual-report-pdf',
        `provider's annual report PDF (${record.provider.services} services)`,
        `${reportsBase}/${annual.id}/pdf`,
        providerToken,
        () => forgetRendered(server.adminUrl(SCALE_DATABASE), annual.id),
        meanwhile(providerToken),
      );
    });
    phasePeaks.documents = documents.peakRssMb;

    // Mixed load: 32 connections over four reads at once, for the API's memory under load.
    if (!PHASES.has('load')) return;
    log(`mixed load: 4 × 8 connections for ${LOAD_SECONDS} s`);
    const mix = scenarios(record).filter((s) =>
      ['assessment', 'deadlines-provider', 'catalogue-search', 'oversight-100'].includes(s.key),
    );
    const mixTokens = await Promise.all(mix.map((s) => tokenOf(s.as)));
    const { result: results, peakRssMb: loadPeak } = await peakRssDuring(api.pid, () =>
      Promise.all(
        mix.map((s, i) =>
          load({
            url: `${api.url}${s.path}`,
            token: mixTokens[i] ?? '',
            seconds: LOAD_SECONDS,
            connections: 8,
            timeoutSeconds: 120,
          }),
        ),
      ),
    );
    phasePeaks.load = loadPeak;
    loadResults = Object.fromEntries(mix.map((s, i) => [s.key, results[i] as LoadResult]));
  });
  const memory = {
    idleMb: idleRssMb,
    peakMb: measured.peakRssMb,
    afterMb: sampleProcess(api.pid).rssMb,
    highWaterMb: sampleProcess(api.pid).peakRssMb,
    readsPeakMb: phasePeaks.reads,
    documentsPeakMb: phasePeaks.documents,
    loadPeakMb: phasePeaks.load,
  };
  const data = {
    at: new Date().toISOString(),
    machine,
    seed: record,
    rows,
    assemblies,
    load: loadResults,
    memory,
    statementsTop,
  };
  const markdown = scaleMarkdown({
    at: new Date(),
    machine,
    seed: record,
    rows,
    assemblies,
    load: loadResults,
    memory,
    statementsTop,
  });
  const file = await writeResults('scale', data, markdown);
  process.stdout.write(`\n${markdown}\n`);
  log(`written to ${file}`);
} finally {
  await mera?.stop();
  await server.stop();
}

/** A stored document rendered: its latency and statements per request, as a row. */
async function document(
  rows: ScaleRow[],
  count: (requests: number, run: () => Promise<void>) => Promise<StatementCount>,
  serverPid: number,
  key: string,
  label: string,
  url: string,
  token: string,
  forget: () => Promise<void>,
  other: { url: string; token: string; label: string },
) {
  // First downloads: the stored rendering forgotten before each (decision 102), so each one renders the document.
  const firstDownloads = () =>
    sequentialLatency({
      url,
      token,
      samples: FIRST_SAMPLES,
      maxSeconds: MAX_SECONDS,
      serverPid,
      beforeEach: forget,
    });
  const first = await firstDownloads();
  // The same again while another read runs one request after another: how long the rest of the API waits for a
  // rendering (apart, since those requests take CPU from the rendering on a loaded machine).
  const { result: competing, latency: meanwhile } = await alongside(other, firstDownloads);
  await forget();
  const firstStatements = await count(1, () => getOk(url, token));
  rows.push({
    key: `${key}-first`,
    label: `${label}, first download (rendered)`,
    ...first,
    statements: firstStatements.perRequest,
    sqlMs: firstStatements.sqlMsPerRequest,
  });
  rows.push({
    key: `${key}-meanwhile`,
    label: `${other.label} while it renders (one after another; the first downloads meanwhile: p50 ${competing.p50Ms} ms)`,
    ...meanwhile,
    statements: null,
    sqlMs: null,
  });
  log(`${label}, first download: p50 ${first.p50Ms} ms, p95 ${first.p95Ms} ms`);
  log(
    `${other.label} meanwhile: p50 ${meanwhile.p50Ms} ms, p95 ${meanwhile.p95Ms} ms (${meanwhile.samples})`,
  );
  // Repeated downloads: the same content, served from its stored rendering.
  const statements = await count(1, () => getOk(url, token));
  const latency = await sequentialLatency({
    url,
    token,
    samples: SAMPLES,
    maxSeconds: MAX_SECONDS,
    serverPid,
  });
  rows.push({ key, label, ...latency, statements: statements.perRequest, sqlMs: statements.sqlMsPerRequest });
  log(`${label}: p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, ${statements.perRequest} statements`);
}

/**
 * Documents an earlier run created (the yearly monitoring is one per year and municipality): removed as the
 * superuser with triggers off, so the run starts from the seeded state.
 */
/** A document's stored renderings, removed as the superuser with triggers off (not an organisation's act). */
async function forgetRendered(adminUrl: string, subjectId: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query(`delete from rendered_document where subject_id = $1`, [subjectId]);
    await client.query('commit');
  });
}

async function forgetEarlierRuns(adminUrl: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query(`delete from monitoring_report where title like 'Бенчмарк:%'`);
    await client.query(`delete from report where title like 'Бенчмарк:%'`);
    await client.query('commit');
  });
}
