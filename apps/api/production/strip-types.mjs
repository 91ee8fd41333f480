// Strips the types of the API's TypeScript once, where the image is built (decision 109):
//   node apps/api/production/strip-types.mjs
// Every module of apps/api/src, packages/*/src and plugins/*/src but the tests is written as JavaScript to
// dist/api/<its path>.js by Node's own stripper — the one that runs the same sources in development, so the code
// is the same (type annotations become spaces: lines and columns, and so stack traces, stay where they were).
// `load-stripped.mjs` then loads these copies in production.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { ROOT, STRIPPED, strippedPath } from './stripped.mjs';

const TESTS = /\.(test|e2e)\.ts$/;

function folders() {
  const inside = (parent) =>
    readdirSync(path.join(ROOT, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(parent, entry.name, 'src'));
  return ['apps/api/src', ...inside('packages'), ...inside('plugins')];
}

function modulesIn(folder) {
  let entries;
  try {
    entries = readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true });
  } catch {
    return []; // a package without sources of its own
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .filter((entry) => !TESTS.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// The stripper says it is experimental on every call; a build log needs it once.
process.removeAllListeners('warning');
rmSync(STRIPPED, { recursive: true, force: true });
let count = 0;
for (const file of folders().flatMap(modulesIn)) {
  const target = strippedPath(file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, stripTypeScriptTypes(readFileSync(file, 'utf8')));
  count += 1;
}
process.stdout.write(
  `stripped the types of ${count} modules into ${path.relative(ROOT, STRIPPED) || STRIPPED}\n`,
);
