import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SRC = path.join(ROOT, 'apps/api/src');
const stripped = mkdtempSync(path.join(tmpdir(), 'mera-stripped-'));
const copyOf = (file: string) => path.join(stripped, `${path.relative(ROOT, file)}.js`);

/**
 * Runs `body` (an ES module) in a fresh Node with production's preload and the stripped copies in `dir`; it prints a
 * JSON line. `typeScriptStripper` says whether Node started its own stripper (its module is in the load list).
 */
function runProduction(body: string, dir = stripped): Record<string, unknown> {
  const probe = `${body}
const typeScriptStripper = process.moduleLoadList.some((name) => name.includes('amaro'));
console.log(JSON.stringify({ typeScriptStripper, ...result }));`;
  const run = spawnSync(
    process.execPath,
    ['--import', path.join(HERE, 'load-stripped.mjs'), '--input-type=module', '--eval', probe],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MERA_STRIPPED_DIR: dir } },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(HERE, 'strip-types.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, MERA_STRIPPED_DIR: stripped },
  });
  expect(build.status, build.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(stripped, { recursive: true, force: true }));

describe('production runs JavaScript stripped at build time (decision 109)', () => {
  it('writes every module but the tests, its code where the source had it', () => {
    expect(existsSync(copyOf(path.join(SRC, 'server.ts')))).toBe(true);
    expect(existsSync(copyOf(path.join(ROOT, 'packages/db/src/index.ts')))).toBe(true);
    expect(existsSync(copyOf(path.join(SRC, 'modules/documents/lines.test.ts')))).toBe(false);
    const source = readFileSync(path.join(SRC, 'modules/documents/lines.ts'), 'utf8');
    const copy = readFileSync(copyOf(path.join(SRC, 'modules/documents/lines.ts')), 'utf8');
    // Types become spaces: the same lines, the same length, no annotation left.
    expect(copy.split('\n')).toHaveLength(source.split('\n').length);
    expect(copy).toHaveLength(source.length);
    expect(copy).not.toContain(': Line[]');
  });

  it('loads the whole application and a document renderer in a worker without Node’s type stripper', () => {
    const result = runProduction(`
import { Worker } from 'node:worker_threads';
const app = await import(${JSON.stringify(path.join(SRC, 'app.ts'))});
const worker = new Worker(
  "Promise.all([import(" + ${JSON.stringify(JSON.stringify(path.join(SRC, 'modules/documents/pdf.ts')))} + "), import('node:worker_threads')]).then(([pdf, threads]) => threads.parentPort.postMessage({ renders: typeof pdf.renderPdf, stripper: process.moduleLoadList.some((name) => name.includes('amaro')) }))",
  { eval: true },
);
const inWorker = await new Promise((resolve) => worker.once('message', resolve));
await worker.terminate();
const result = { buildApp: typeof app.buildApp, inWorker };`);
    expect(result).toEqual({
      typeScriptStripper: false,
      buildApp: 'function',
      inWorker: { renders: 'function', stripper: false },
    });
  });

  it('loads a module changed after the build from its source, and everything without copies as before', () => {
    const version = path.join(SRC, 'version.ts');
    const load = `const result = { loaded: typeof (await import(${JSON.stringify(version)})) };`;
    expect(runProduction(load)).toEqual({ typeScriptStripper: false, loaded: 'object' });
    // The copy is older than the source: the source is loaded (and stripped by Node).
    utimesSync(copyOf(version), new Date(0), new Date(0));
    expect(runProduction(load)).toEqual({ typeScriptStripper: true, loaded: 'object' });
    const none = mkdtempSync(path.join(tmpdir(), 'mera-none-'));
    expect(runProduction(load, none)).toEqual({ typeScriptStripper: true, loaded: 'object' });
    rmSync(none, { recursive: true, force: true });
  });
});
