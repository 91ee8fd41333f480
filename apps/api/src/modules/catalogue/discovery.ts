import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  InvalidPluginError,
  validateLegacyCentres,
  validateJurisdiction,
  validatePlugin,
  type JurisdictionManifest,
  type LegacyCentre,
  type ServicePluginManifest,
} from '@mera/plugin-sdk';
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
  mera?: { plugin?: boolean; legacyCentres?: boolean; jurisdiction?: boolean };
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

/**
 * Every package in `dir` whose package.json says `"mera": { "legacyCentres": true }`: a jurisdiction's mapping of old
 * centre types to the services whose standards apply (Bulgaria: the transitional provisions § 1–3). Checked against
 * the installed plugins; a service of a plugin this deployment does not install is dropped from the mapping.
 */
export async function discoverLegacyCentres(
  dir: string,
  plugins: Pick<DiscoveredPlugin, 'code' | 'variants'>[],
): Promise<LegacyCentre[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const centres: LegacyCentre[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(dir, entry.name);
    const pkg = JSON.parse(
      await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => '{}'),
    ) as PackageJson;
    if (!pkg.mera?.legacyCentres) continue;
    const name = pkg.name ?? entry.name;
    const entryFile = entryOf(pkg);
    if (!entryFile) throw new PluginError(name, 'package.json exports', 'must name the mapping module');
    const module = (await import(pathToFileURL(path.join(folder, entryFile)).href)) as {
      default?: { centres?: LegacyCentre[] };
    };
    const problems = validateLegacyCentres(module.default, plugins);
    if (problems.length) throw new PluginError(name, problems[0] ?? 'centres', 'is not valid');
    const installed = (code: string, key: string) =>
      plugins.some((p) => p.code === code && p.variants.some((v) => v.key === key));
    for (const centre of module.default?.centres ?? [])
      centres.push({
        ...centre,
        services: centre.services.filter((s) => installed(s.pluginCode, s.variantKey)),
        conditional: centre.conditional.filter((s) => installed(s.pluginCode, s.variantKey)),
      });
  }
  return centres;
}

/**
 * The package in `dir` whose package.json says `"mera": { "jurisdiction": true }`: the norms that hold for every
 * service type in the deployment's country (Bulgaria: the Ordinance's staff norms). At most one; none means no
 * jurisdiction-wide norms are applied. The core names none: replacing the folder replaces the jurisdiction.
 */
export async function discoverJurisdiction(dir: string): Promise<JurisdictionManifest | null> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: JurisdictionManifest[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(dir, entry.name);
    const pkg = JSON.parse(
      await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => '{}'),
    ) as PackageJson;
    if (!pkg.mera?.jurisdiction) continue;
    const name = pkg.name ?? entry.name;
    const entryFile = entryOf(pkg);
    if (!entryFile) throw new PluginError(name, 'package.json exports', 'must name the jurisdiction module');
    const module = (await import(pathToFileURL(path.join(folder, entryFile)).href)) as { default?: unknown };
    const [problem] = validateJurisdiction(module.default);
    if (problem)
      throw new PluginError(
        name,
        problem.split(':')[0] ?? 'default',
        problem.split(': ')[1] ?? 'is not valid',
      );
    found.push(module.default as JurisdictionManifest);
  }
  if (found.length > 1)
    throw new PluginError(found[1]?.code ?? '?', 'jurisdiction', 'is the second one found');
  return found[0] ?? null;
}
