import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { withClient } from './postgres.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
  /** 1-minute load average when the run started: a busy machine makes every figure worse, the ratios less so. */
  loadAverageAtStart: number;
}

export async function describeMachine(adminUrl: string): Promise<Machine> {
  const postgres = await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ v: string }>(`select current_setting('server_version') as v`);
    return rows[0]?.v ?? '?';
  });
  return {
    cpu: cpus()[0]?.model.trim() ?? '?',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export const machineLine = (m: Machine) =>
  `${m.cores} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres} (embedded), load average ${m.loadAverageAtStart} at start`;

/** Writes `bench/results/<kind>-<timestamp>.{json,md}` and `latest-<kind>.md` (the folder is git-ignored). */
export async function writeResults(kind: string, data: unknown, markdown: string): Promise<string> {
  const folder = new URL('../results/', import.meta.url);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  await writeFile(new URL(`${kind}-${stamp}.json`, folder), `${JSON.stringify(data, null, 2)}\n`);
  await writeFile(new URL(`${kind}-${stamp}.md`, folder), markdown);
  await writeFile(new URL(`latest-${kind}.md`, folder), markdown);
  return new URL(`${kind}-${stamp}.md`, folder).pathname;
}

/** A markdown table from a header row and rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
