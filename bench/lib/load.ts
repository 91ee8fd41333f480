import autocannon from 'autocannon';
import { sampleProcess } from './proc.ts';
import { percentile, round } from './stats.ts';

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses that were not 2xx, and socket errors or timeouts. */
  failures: number;
  /** CPU the server process spent per successful request (user + system), when it is a local Linux process. */
  cpuMsPerRequest: number | null;
  /** The kernel's share of that CPU time (system calls), 0–1. */
  systemCpuShare: number | null;
}

/** `connections` keep-alive clients hammer one URL for `seconds`; the server's CPU time is read around the run. */
export async function load(options: {
  url: string;
  token?: string;
  seconds: number;
  connections: number;
  serverPid?: number;
  /** A request slower than this counts as failed (autocannon's default: 10 s). */
  timeoutSeconds?: number;
}): Promise<LoadResult> {
  const before = options.serverPid ? sampleProcess(options.serverPid) : null;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds ?? 10,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const after = options.serverPid ? sampleProcess(options.serverPid) : null;
  const ok = result['2xx'];
  const cpu = before?.cpuMs != null && after?.cpuMs != null ? after.cpuMs - before.cpuMs : null;
  const system =
    before?.systemCpuMs != null && after?.systemCpuMs != null ? after.systemCpuMs - before.systemCpuMs : null;
  return {
    requestsPerSecond: Math.round(ok / options.seconds),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    failures: result.non2xx + result.errors, // errors include timeouts
    cpuMsPerRequest: cpu !== null && ok > 0 ? round(cpu / ok, 3) : null,
    systemCpuShare: cpu && system !== null ? round(system / cpu, 2) : null,
  };
}

export interface LatencyResult {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Bytes of the last response: a PDF or workbook that comes back tiny is a failure worth seeing. */
  bytes: number;
  /** CPU the server process spent per request (user + system), when it is a local Linux process. */
  cpuMs: number | null;
}

/**
 * One request at a time, `samples` times (at most `maxSeconds`): the service time of a heavy read, without the
 * queueing that concurrent load adds. The body is read to the end, as a browser would.
 */
export async function sequentialLatency(options: {
  url: string;
  token: string;
  samples: number;
  maxSeconds: number;
  headers?: Record<string, string>;
  serverPid?: number;
  /** Run before each request, not timed (e.g. forgetting a stored document so that it is rendered again). */
  beforeEach?: () => Promise<void>;
}): Promise<LatencyResult> {
  const before = options.serverPid ? sampleProcess(options.serverPid).cpuMs : null;
  const durations: number[] = [];
  let bytes = 0;
  const deadline = performance.now() + options.maxSeconds * 1000;
  while (durations.length < options.samples && (durations.length < 3 || performance.now() < deadline)) {
    await options.beforeEach?.();
    const started = performance.now();
    const response = await fetch(options.url, {
      headers: { authorization: `Bearer ${options.token}`, ...options.headers },
    });
    const body = await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response.ok)
      throw new Error(
        `${options.url} answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`,
      );
    bytes = body.byteLength;
  }
  const after = options.serverPid ? sampleProcess(options.serverPid).cpuMs : null;
  return {
    cpuMs: before !== null && after !== null ? round((after - before) / durations.length) : null,
    samples: durations.length,
    p50Ms: round(percentile(durations, 50)),
    p95Ms: round(percentile(durations, 95)),
    maxMs: round(Math.max(...durations)),
    bytes,
  };
}

/**
 * Requests `url` one after another for as long as `during` runs: how long other requests wait while the server
 * does something heavy (e.g. renders a PDF) — the event loop's availability, not the heavy work's own time.
 */
export async function alongside<T>(
  options: { url: string; token: string },
  during: () => Promise<T>,
): Promise<{ result: T; latency: LatencyResult }> {
  let running = true;
  const durations: number[] = [];
  let bytes = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(options.url, { headers: { authorization: `Bearer ${options.token}` } });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${options.url} answered ${response.status}`);
      durations.push(performance.now() - started);
      bytes = body.byteLength;
    }
  })();
  try {
    return {
      result: await during(),
      latency: {
        samples: durations.length,
        p50Ms: round(percentile(durations, 50)),
        p95Ms: round(percentile(durations, 95)),
        maxMs: round(Math.max(...durations)),
        bytes,
        cpuMs: null,
      },
    };
  } finally {
    running = false;
    await loop;
  }
}
