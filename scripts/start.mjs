// `npm start`: install, build the web app, then run the local stack (database, API, web).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNode, install, nodeTypeScriptFlags, pnpm, root } from './bootstrap.mjs';

checkNode();
install();
if (pnpm(['exec', 'turbo', 'run', 'build', '--filter=@mera/web', '--output-logs=errors-only']) !== 0) {
  process.stderr.write('Building the web app failed (see above).\n');
  process.exit(1);
}

// The supervisor handles Ctrl-C itself (its children run in their own process groups), so this wrapper only
// forwards signals and exits with the supervisor's code.
const stack = spawn(
  process.execPath,
  [...nodeTypeScriptFlags(), path.join(root, 'packages/devstack/src/start.ts')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stack.kill(signal));
stack.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
