import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { conformance } from './conformance.ts';
import { footnoteRules } from './footnotes.ts';
import type { Catalogue } from './types.ts';

const script = new URL('../scripts/create-plugin.ts', import.meta.url).pathname;

it('scaffolds a plugin package that the core discovers and that passes the conformance kit', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mera-create-plugin-'));
  try {
    await promisify(execFile)(process.execPath, [script, 'respite-care'], {
      env: { ...process.env, PLUGINS_DIR: dir },
    });
    const folder = path.join(dir, 'respite-care');
    const pkg = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as {
      name: string;
      mera: { plugin: boolean };
      exports: Record<string, string>;
    };
    expect(pkg).toMatchObject({
      name: '@mera/plugin-respite-care',
      mera: { plugin: true },
      exports: { '.': './src/index.ts' },
    });
    const catalogue = JSON.parse(
      await readFile(path.join(folder, 'catalogue', 'annex-01.json'), 'utf8'),
    ) as Catalogue;
    // The manifest the scaffold writes, built the same way here (its own import of the SDK resolves only inside the
    // workspace).
    const source = await readFile(path.join(folder, 'src', 'index.ts'), 'utf8');
    expect(source).toContain("code: 'respite-care'");
    const manifest = {
      code: 'respite-care',
      name: { bg: 'Наименование', en: 'Name', uk: 'Назва' },
      variants: [{ key: 'main', annex: 1, catalogue, rules: footnoteRules(catalogue) }],
    };
    expect(conformance(manifest)).toEqual([]);
    // A second run refuses to overwrite.
    await expect(
      promisify(execFile)(process.execPath, [script, 'respite-care'], {
        env: { ...process.env, PLUGINS_DIR: dir },
      }),
    ).rejects.toThrow(/exists already/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
