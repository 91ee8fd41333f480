import { readFileSync } from 'node:fs';

/**
 * What Linux says about a process: resident memory now and at its peak (`VmRSS`, `VmHWM` in /proc/<pid>/status) and
 * the CPU time it has used (user + system, /proc/<pid>/stat). Elsewhere these read as null and the report says so.
 */
export interface ProcSample {
  rssMb: number | null;
  peakRssMb: number | null;
  cpuMs: number | null;
  /** Of which in the kernel (system calls: socket reads and writes, waking the database's backends). */
  systemCpuMs: number | null;
}

// USER_HZ is 100 on every mainstream Linux build; /proc reports CPU time in those ticks.
const TICK_MS = 10;

export function sampleProcess(pid: number): ProcSample {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [user, system] = [Number(fields[11]), Number(fields[12])]; // utime, stime (fields 14, 15 of the line)
    return {
      rssMb: Math.round(kb('VmRSS') / 1024),
      peakRssMb: Math.round(kb('VmHWM') / 1024),
      cpuMs: (user + system) * TICK_MS,
      systemCpuMs: system * TICK_MS,
    };
  } catch {
    return { rssMb: null, peakRssMb: null, cpuMs: null, systemCpuMs: null };
  }
}

/** Samples a process's resident memory every `everyMs` while work runs; returns the highest value seen. */
export async function peakRssDuring<T>(
  pid: number,
  work: () => Promise<T>,
  everyMs = 100,
): Promise<{ result: T; peakRssMb: number | null }> {
  let peak: number | null = null;
  const take = () => {
    const rss = sampleProcess(pid).rssMb;
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  take();
  const timer = setInterval(take, everyMs);
  try {
    const result = await work();
    take();
    return { result, peakRssMb: peak };
  } finally {
    clearInterval(timer);
  }
}
