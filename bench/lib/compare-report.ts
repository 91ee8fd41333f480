import type { LoadResult } from './load.ts';
import { machineLine, table, type Machine } from './report.ts';
import type { RunningService } from './services.ts';
import { median, round, thousands } from './stats.ts';

export interface Target {
  key: 'mera' | 'done-well' | 'bare';
  label: string;
  service: RunningService;
}

export interface TargetFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  cpuMsPerRequest: number | null;
  /** The kernel's share of it (system calls). */
  systemCpuShare: number | null;
  failures: number;
  statementsPerRequest: number | null;
  /** PostgreSQL's execution time for them, per request. */
  sqlMsPerRequest: number | null;
}

export interface RouteSummary {
  route: string;
  targets: Partial<Record<Target['key'], TargetFigures>>;
  /** Mera / done-well, the median of the rounds' ratios (each round's pair ran back to back). */
  ratio: { throughput: number; p50: number; p99: number; cpu: number | null } | null;
}

export function summarise(
  routes: string[],
  targets: Target[],
  runs: Record<string, Partial<Record<Target['key'], LoadResult[]>>>,
  statements: Record<string, Partial<Record<Target['key'], { count: number; sqlMs: number }>>>,
): RouteSummary[] {
  return routes.map((route) => {
    const byTarget = runs[route] ?? {};
    const figures: RouteSummary['targets'] = {};
    for (const { key } of targets) {
      const results = byTarget[key];
      if (!results?.length) continue;
      const cpu = results.map((r) => r.cpuMsPerRequest).filter((x): x is number => x !== null);
      const system = results.map((r) => r.systemCpuShare).filter((x): x is number => x !== null);
      figures[key] = {
        requestsPerSecond: Math.round(median(results.map((r) => r.requestsPerSecond))),
        latencyP50Ms: median(results.map((r) => r.latencyP50Ms)),
        latencyP99Ms: median(results.map((r) => r.latencyP99Ms)),
        cpuMsPerRequest: cpu.length ? round(median(cpu), 3) : null,
        systemCpuShare: system.length ? round(median(system), 2) : null,
        failures: results.reduce((sum, r) => sum + r.failures, 0),
        statementsPerRequest: statements[route]?.[key]?.count ?? null,
        sqlMsPerRequest: statements[route]?.[key]?.sqlMs ?? null,
      };
    }
    const mera = byTarget.mera ?? [];
    const well = byTarget['done-well'] ?? [];
    const pairs = mera
      .map((m, i) => [m, well[i]] as const)
      .filter((p): p is [LoadResult, LoadResult] => !!p[1]);
    const ratio = pairs.length
      ? {
          throughput: round(median(pairs.map(([m, w]) => m.requestsPerSecond / w.requestsPerSecond)), 2),
          p50: round(median(pairs.map(([m, w]) => m.latencyP50Ms / Math.max(w.latencyP50Ms, 0.5))), 2),
          p99: round(median(pairs.map(([m, w]) => m.latencyP99Ms / Math.max(w.latencyP99Ms, 0.5))), 2),
          cpu: cpuRatio(pairs),
        }
      : null;
    return { route, targets: figures, ratio };
  });
}

/** CPU per request, Mera / done-well: the steadiest figure on a busy machine (it does not count waiting). */
function cpuRatio(pairs: [LoadResult, LoadResult][]): number | null {
  const ratios = pairs.flatMap(([m, w]) =>
    m.cpuMsPerRequest && w.cpuMsPerRequest ? [m.cpuMsPerRequest / w.cpuMsPerRequest] : [],
  );
  return ratios.length ? round(median(ratios), 2) : null;
}

const cell = (f: TargetFigures | undefined) =>
  f ? `${thousands(f.requestsPerSecond)} req/s, p50 ${f.latencyP50Ms} ms, p99 ${f.latencyP99Ms} ms` : '—';
const cpu = (f: TargetFigures | undefined) =>
  f?.cpuMsPerRequest != null
    ? `${f.cpuMsPerRequest}${f.systemCpuShare != null ? ` (${Math.round(f.systemCpuShare * 100)} % kernel)` : ''}`
    : '—';
const stmts = (f: TargetFigures | undefined) =>
  f?.statementsPerRequest != null ? `${f.statementsPerRequest} (${f.sqlMsPerRequest} ms)` : '—';

export interface MemoryFigures {
  mera: { idleMb: number | null; peakUnderLoadMb: number | null; highWaterMb: number | null };
  baseline: { idleMb: number | null; peakUnderLoadMb: number | null; highWaterMb: number | null };
}

export function compareMarkdown(input: {
  at: Date;
  machine: Machine;
  settings: { rounds: number; seconds: number; connections: number; poolSize: number };
  summary: RouteSummary[];
  memory: MemoryFigures;
}): string {
  const { settings, summary, memory } = input;
  const rows = summary.map((s) => [
    `\`${s.route}\``,
    cell(s.targets.mera),
    cell(s.targets['done-well']),
    cell(s.targets.bare),
    s.ratio ? `${s.ratio.throughput} / ${s.ratio.p50} / ${s.ratio.p99}` : '—',
    s.ratio?.cpu != null ? `${s.ratio.cpu}` : '—',
  ]);
  const detail = summary.map((s) => [
    `\`${s.route}\``,
    `${cpu(s.targets.mera)} / ${cpu(s.targets['done-well'])} / ${cpu(s.targets.bare)}`,
    `${stmts(s.targets.mera)} / ${stmts(s.targets['done-well'])} / ${stmts(s.targets.bare)}`,
    String(
      (s.targets.mera?.failures ?? 0) +
        (s.targets['done-well']?.failures ?? 0) +
        (s.targets.bare?.failures ?? 0),
    ),
  ]);
  return [
    `## Mera against the same work done well — ${input.at.toISOString().slice(0, 10)}`,
    '',
    `${machineLine(input.machine)}. ${settings.rounds} interleaved rounds × ${settings.seconds} s per route and target, ` +
      `${settings.connections} connections (autocannon), pool of ${settings.poolSize} connections on both servers; medians over rounds.`,
    '',
    table(
      [
        'route',
        'Mera',
        'done well (Fastify + pg, one transaction)',
        'bare minimum (token + one SELECT)',
        'ratio Mera / done well: throughput / p50 / p99',
        'CPU per request, Mera / done well',
      ],
      rows,
    ),
    '',
    table(
      [
        'route',
        'CPU ms per request: Mera / done well / bare',
        'SQL statements per request (their execution time)',
        'failed requests',
      ],
      detail,
    ),
    '',
    `Memory (RSS): Mera ${memory.mera.idleMb} MB idle, ${memory.mera.peakUnderLoadMb} MB peak under load ` +
      `(high-water mark ${memory.mera.highWaterMb} MB, start-up included); baseline ${memory.baseline.idleMb} MB idle, ` +
      `${memory.baseline.peakUnderLoadMb} MB peak under load.`,
    '',
  ].join('\n');
}
