// Where a module's stripped copy lives (decision 109). JavaScript, not TypeScript: the loader that uses it must
// load without Node's type stripper.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or the image's /app): the API, its packages and the plugins shipped with it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The stripped copies: `MERA_STRIPPED_DIR`, else `dist/api` in the repository. */
export const STRIPPED = process.env['MERA_STRIPPED_DIR'] || path.join(ROOT, 'dist', 'api');

/** `dist/api/<path in the repository>.js` for a TypeScript file of the repository; null for one outside it. */
export function strippedPath(file) {
  const relative = path.relative(ROOT, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return path.join(STRIPPED, `${relative}.js`);
}
