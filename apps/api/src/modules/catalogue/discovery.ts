import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvalidPluginError, validatePlugin, type ServicePluginManifest } from '@mera/plugin-sdk';
import type { DiscoveredPlugin } from './types.ts';

/** A plugin that cannot be loaded: the message names the plugin, the field and the rule it broke. */
export class PluginError extends Error {
  constructor(plugin: string, field: string, rule: string) {
    super(`plugin ${plugin}: ${field} ${rule}`);
    this.name = 'PluginError';
  }
}

interface PackageJson {
  name?: string;
  main?: string;
  exports?: string | Record<string, string | Record<string, string>>;
  mera?: { plugin?: boolean };
}

function entryOf(pkg: PackageJson): string | undefined {
  const dot = typeof pkg.exports === 'string' ? pkg.exports : pkg.exports?.['.'];
  if (typeof dot === 'string') return dot;
  if (dot && typeof dot === 'object') return dot['import'] ?? dot['default'];
  return pkg.main;
}

/**
 * Every package in `dir` whose package.json says `"mera": { "plugin": true }`, loaded and checked. The core names no
 * plugin: adding a service type means adding a folder here.
 */
export async function discoverPlugins(dir: string): Promise<DiscoveredPlugin[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const plugins: DiscoveredPlugin[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(dir, entry.name);
    const pkg = JSON.parse(
      await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => '{}'),
    ) as PackageJson;
    if (!pkg.mera?.plugin) continue;
    const name = pkg.name ?? entry.name;
    const entryFile = entryOf(pkg);
    if (!entryFile) throw new PluginError(name, 'package.json exports', 'must name the manifest module');
    const module = (await import(pathToFileURL(path.join(folder, entryFile)).href)) as { default?: unknown };
    const problems = validatePlugin(module.default, name);
    if (problems.length) throw new InvalidPluginError(problems);
    plugins.push({ ...(module.default as ServicePluginManifest), packageName: name });
  }
  const codes = plugins.map((p) => p.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate) throw new PluginError(duplicate, 'code', 'is used by two plugins');
  return plugins;
}
