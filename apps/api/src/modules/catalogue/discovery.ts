import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DiscoveredPlugin, PluginVariant } from './types.ts';

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

function isNames(value: unknown): value is Record<'bg' | 'en' | 'uk', string> {
  const names = value as Record<string, unknown> | undefined;
  return (
    !!names &&
    ['bg', 'en', 'uk'].every((l) => typeof names[l] === 'string' && (names[l] as string).length > 0)
  );
}

/** Checks what the core relies on; the SDK's own validator checks the rest when the plugin is built with it. */
export function checkManifest(pkgName: string, manifest: unknown): Omit<DiscoveredPlugin, 'packageName'> {
  const m = manifest as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object')
    throw new PluginError(pkgName, 'default export', 'must be the manifest object');
  const code = m['code'];
  if (typeof code !== 'string' || !/^[a-z][a-z0-9-]{1,30}$/.test(code)) {
    throw new PluginError(pkgName, 'code', 'must be a lowercase code such as "ik"');
  }
  if (!isNames(m['name'])) throw new PluginError(code, 'name', 'must have bg, en and uk texts');
  const variants = m['variants'];
  if (!Array.isArray(variants) || variants.length === 0)
    throw new PluginError(code, 'variants', 'must list at least one variant');
  variants.forEach((variant: PluginVariant, i) => {
    if (typeof variant?.key !== 'string' || !variant.key)
      throw new PluginError(code, `variants[${i}].key`, 'is required');
    if (!Number.isInteger(variant.annex))
      throw new PluginError(code, `variants[${i}].annex`, 'must be the annex number');
    if (!Array.isArray(variant.catalogue?.sections) || variant.catalogue.sections.length === 0) {
      throw new PluginError(code, `variants[${i}].catalogue.sections`, 'must not be empty');
    }
  });
  const keys = variants.map((v: PluginVariant) => v.key);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw new PluginError(code, 'variants', `repeat the key "${duplicate}"`);
  return {
    code,
    name: m['name'] as DiscoveredPlugin['name'],
    variants: variants as PluginVariant[],
    manifest: m,
  };
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
    plugins.push({ ...checkManifest(name, module.default), packageName: name });
  }
  const codes = plugins.map((p) => p.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate) throw new PluginError(duplicate, 'code', 'is used by two plugins');
  return plugins;
}
