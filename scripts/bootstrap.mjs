// Plain JavaScript with no dependencies: this runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '').split('+')[0];

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 17)) {
    process.stderr.write(
      `Mera needs Node.js 22.17 or newer (24 LTS recommended); this is ${process.version}. ` +
        'Install it from https://nodejs.org or with your version manager, then run the command again.\n',
    );
    process.exit(1);
  }
}

/** Node 22.17 strips TypeScript types only behind a flag; 22.18+ and 24 do it by default. */
export function nodeTypeScriptFlags() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major === 22 && minor < 18
    ? ['--experimental-strip-types', '--no-warnings=ExperimentalWarning']
    : [];
}

// Turborepo asks anonymous usage questions of the network by default; Mera's tools stay quiet.
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.DO_NOT_TRACK = '1';

const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');

function pnpmOnPath() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return probe.status === 0 && probe.stdout.trim() === pnpmVersion;
}

/**
 * Puts the pinned pnpm on PATH for this process and its children (turbo runs every package's scripts with it):
 * the one already on PATH when it is that version, else a copy installed once from the npm registry into the
 * git-ignored `.tools/` folder.
 */
export function ensurePnpm() {
  process.env.PATH = `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`;
  if (pnpmOnPath()) return;
  const status = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      path.join(root, '.tools'),
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `pnpm@${pnpmVersion}`,
    ],
    { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
  ).status;
  if (status !== 0 || !pnpmOnPath()) {
    process.stderr.write(`Could not install pnpm ${pnpmVersion} from the npm registry (see above).\n`);
    process.exit(1);
  }
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function pnpm(args, options) {
  return run('pnpm', args, options);
}

/** Installs exactly what the lockfile says (fast when nothing changed). */
export function install() {
  ensurePnpm();
  const status = pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
  if (status !== 0) {
    process.stderr.write(
      'Installing dependencies failed (see above). Check your network access to the npm registry.\n',
    );
    process.exit(status);
  }
}
