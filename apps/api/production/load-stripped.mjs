// Preloaded in production (decision 109):
//   node --import ./apps/api/production/load-stripped.mjs … apps/api/src/server.ts
// A TypeScript module whose types were stripped at build time (strip-types.mjs) is loaded as that JavaScript, so
// Node never starts its own type stripper — a WebAssembly compiler whose memory, once grown, stays: 25–30 MB of
// the API's resident memory, and of every document worker's (workers inherit the preload). A module without a
// fresh copy — changed after the build, or a plugin from outside the repository — is loaded as before.
import { readFileSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { strippedPath } from './stripped.mjs';

/** The stripped copy of `file` when it was written after the file last changed. */
function freshCopy(file) {
  const copy = strippedPath(file);
  if (copy === null) return null;
  try {
    if (statSync(copy).mtimeMs < statSync(file).mtimeMs) return null;
    return readFileSync(copy, 'utf8');
  } catch {
    return null;
  }
}

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.endsWith('.ts')) {
      const source = freshCopy(fileURLToPath(url));
      // Every package of the workspace is an ES module package ("type": "module").
      if (source !== null) return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
