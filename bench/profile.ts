import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './lib/postgres.ts';
import { table } from './lib/report.ts';

/**
 * Where a CPU profile's time went: self time by package (the folder under node_modules, or the repository's own
 * code by workspace folder) and the costliest functions. Make one with `BENCH_PROFILE=1 pnpm --filter @mera/bench
 * bench` (the API's profile lands in bench/results/*.cpuprofile), then: `node profile.ts bench/results/<file>`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: node profile.ts <file.cpuprofile>');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const NATIVE = '(V8, GC, native)';
const packageOf = (url: string) => {
  if (!url) return NATIVE;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node (built-in)';
  const root = pathToFileURL(REPO_ROOT).href;
  const inRepo = url.startsWith(root) ? url.slice(root.length) : url;
  return /^(apps\/[^/]+|packages\/[^/]+|plugins\/[^/]+|bench)\//.exec(inRepo)?.[1] ?? url;
};

const packages = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  total += us;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') continue;
  const pkg = packageOf(url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} — ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}
const busy = [...packages.values()].reduce((a, b) => a + b, 0);
// V8 samples wall time: a thread descheduled inside a socket write (the database's backend woken on the same cores)
// shows as self time of writeBuffer/writeUtf8String although the kernel reports little CPU for it (see the
// "% kernel" column of the comparison). So the shares are also given without those writes.
const writes = [...functions.entries()]
  .filter(([name]) => /^(writeBuffer|writeUtf8String|writev) /.test(name))
  .reduce((sum, [, us]) => sum + us, 0);
const rows = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => [
      name,
      `${Math.round(us / 1000)} ms`,
      `${((us / busy) * 100).toFixed(1)} %`,
      /^(writeBuffer|writeUtf8String|writev) /.test(name)
        ? '—'
        : `${(((name === NATIVE ? us - writes : us) / (busy - writes)) * 100).toFixed(1)} %`,
    ]);
process.stdout.write(
  `${file}: ${Math.round(total / 1000)} ms sampled, ${Math.round(busy / 1000)} ms busy (idle excluded), ` +
    `${Math.round(writes / 1000)} ms of it in socket writes\n\n` +
    `${table(['package', 'self time', 'of busy', 'of busy without socket writes'], rows(packages, 25))}\n\n` +
    `${table(['function', 'self time', 'of busy', 'of busy without socket writes'], rows(functions, 30))}\n`,
);
