// `npm test`: install, then run every package's tests through turbo against one PostgreSQL server.
import path from 'node:path';
import { checkNode, install, nodeTypeScriptFlags, root, run } from './bootstrap.mjs';

checkNode();
install();
process.exit(
  run(process.execPath, [
    ...nodeTypeScriptFlags(),
    path.join(root, 'packages/devstack/src/test.ts'),
    ...process.argv.slice(2),
  ]),
);
