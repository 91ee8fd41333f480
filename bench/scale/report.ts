import type { LoadResult } from '../lib/load.ts';
import { machineLine, table, type Machine } from '../lib/report.ts';
import type { StatementCount } from '../lib/statements.ts';
import { thousands } from '../lib/stats.ts';
import type { AssemblyResult } from './assembly.ts';
import type { SeedRecord } from './plan.ts';

export interface ScaleRow {
  key: string;
  label: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  bytes: number;
  /** Null for a row that times requests made alongside another's (their statements are not counted). */
  statements: number | null;
  /** PostgreSQL's execution time per request: the rest of the p50 is Node (and the wire). */
  sqlMs: number | null;
  /** The API process's CPU time per request. */
  cpuMs: number | null;
}

const size = (bytes: number) => (bytes > 10_000 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`);

export function scaleMarkdown(input: {
  at: Date;
  machine: Machine;
  seed: SeedRecord;
  rows: ScaleRow[];
  assemblies: Record<string, AssemblyResult & { statements: number; sqlMs: number }>;
  load: Record<string, LoadResult>;
  memory: {
    idleMb: number | null;
    peakMb: number | null;
    afterMb: number | null;
    highWaterMb: number | null;
    /** The peaks of the phases: the reads one at a time, the documents assembled and rendered, the mixed load. */
    readsPeakMb?: number | null;
    documentsPeakMb?: number | null;
    loadPeakMb?: number | null;
  };
  statementsTop: Record<string, StatementCount['top']>;
}): string {
  const { seed, rows, assemblies, load, memory } = input;
  const c = seed.counts;
  const seedTime = seed.timings.find((t) => t.step === 'data in total')?.ms ?? 0;
  const assemblyRows = Object.entries(assemblies).map(([key, a]) => [
    key === 'monitoring-assembly'
      ? 'yearly monitoring assembled (POST, 100 services, 3 years)'
      : "provider's annual report assembled (POST)",
    a.p50Ms,
    a.maxMs,
    a.timings.length,
    a.statements,
    a.sqlMs,
  ]);
  const top = (key: string) =>
    (input.statementsTop[key] ?? [])
      .slice(0, 8)
      .map((s) => `- ${s.calls} × ${s.ms} ms: \`${s.query.replaceAll('`', "'")}\``)
      .join('\n');
  return [
    `## National scale — ${input.at.toISOString().slice(0, 10)}`,
    '',
    `${machineLine(input.machine)}.`,
    '',
    `Data (scale ${seed.plan.scale}): ${thousands(c['tenant'] ?? 0)} tenants (${seed.plan.municipalities} municipalities, ` +
      `${seed.plan.providers} NGOs), ${thousands(c['service'] ?? 0)} services and contracts, ` +
      `${thousands(c['assessment'] ?? 0)} completed checks, ${thousands(c['assessment_result'] ?? 0)} indicator results, ` +
      `${thousands(c['report'] ?? 0)} reports, ${thousands(c['quality_programme'] ?? 0)} programmes; ` +
      `seeded in ${(seedTime / 1000).toFixed(1)} s of SQL (${seed.seededAt.slice(0, 16)}).`,
    '',
    'One request at a time (service time, no queueing). Statements and their execution time (SQL ms) per request from ' +
      "pg_stat_statements, `begin`/`commit` included; API CPU ms: the API process's CPU time per request (/proc).",
    '',
    table(
      [
        'what',
        'p50 ms',
        'p95 ms',
        'samples',
        'SQL statements per request',
        'SQL ms',
        'API CPU ms',
        'response',
      ],
      [
        ...rows.map((r) => [
          r.label,
          thousands(r.p50Ms),
          thousands(r.p95Ms),
          r.samples,
          r.statements === null ? '—' : thousands(r.statements),
          r.sqlMs === null ? '—' : thousands(r.sqlMs),
          r.cpuMs === null ? '—' : thousands(r.cpuMs),
          size(r.bytes),
        ]),
        ...assemblyRows.map(([label, p50, max, n, statements, sqlMs]) => [
          String(label),
          thousands(Number(p50)),
          `${thousands(Number(max))} (max)`,
          Number(n),
          thousands(Number(statements)),
          thousands(Number(sqlMs)),
          '—',
          '—',
        ]),
      ],
    ),
    '',
    `Mixed load (4 reads × 8 connections at once): ` +
      Object.entries(load)
        .map(
          ([key, l]) =>
            `${key} ${l.requestsPerSecond} req/s (p50 ${l.latencyP50Ms} ms${l.failures ? `, ${l.failures} failed` : ''})`,
        )
        .join('; ') +
      '.',
    '',
    `API resident memory: ${memory.idleMb} MB idle after start, **${memory.peakMb} MB peak** during the measurements and the load, ` +
      `${memory.afterMb} MB after (high-water mark ${memory.highWaterMb} MB). Peak by phase: ${memory.readsPeakMb ?? '—'} MB ` +
      `during the reads one at a time, ${memory.documentsPeakMb ?? '—'} MB while the documents were assembled and ` +
      `rendered, ${memory.loadPeakMb ?? '—'} MB under the mixed load.`,
    '',
    'Where the SQL time of the dashboard for 100 services goes (calls and ms per request, the costliest first):',
    '',
    top('oversight-100'),
    '',
  ].join('\n');
}
