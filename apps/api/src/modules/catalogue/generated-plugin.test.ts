import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../testing/harness.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
let dir = '';
let h: Harness | undefined;

afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('a plugin made by `pnpm create-plugin` is served by an unchanged core after a restart', async () => {
  // A workspace in miniature: <dir>/tsconfig.base.json, <dir>/plugins/<code>, <dir>/node_modules.
  dir = await mkdtemp(path.join(tmpdir(), 'mera-workspace-'));
  const plugins = path.join(dir, 'plugins');
  await mkdir(plugins);
  await copyFile(path.join(root, 'tsconfig.base.json'), path.join(dir, 'tsconfig.base.json'));
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'packages/plugin-sdk/scripts/create-plugin.ts'), 'respite-care'],
    { env: { ...process.env, PLUGINS_DIR: plugins } },
  );
  // What `pnpm install` does for a new workspace package: link the SDK it depends on.
  await mkdir(path.join(dir, 'node_modules', '@mera'), { recursive: true });
  await symlink(
    path.join(root, 'packages/plugin-sdk'),
    path.join(dir, 'node_modules', '@mera', 'plugin-sdk'),
  );

  h = await createHarness({ PLUGINS_DIR: plugins });
  const types = (await h.call({ method: 'GET', url: '/api/v1/catalogue/service-types' })).json<
    { code: string; variants: { key: string; itemCount: number }[] }[]
  >();
  expect(types).toEqual([
    expect.objectContaining({
      code: 'respite-care',
      variants: [expect.objectContaining({ key: 'main', itemCount: 4 })],
    }),
  ]);
  const tree = await h.call({
    method: 'GET',
    url: '/api/v1/catalogue/service-types/respite-care/variants/main',
  });
  expect(tree.statusCode).toBe(200);
  expect(JSON.stringify(tree.json())).toContain('Текстът на индикатора, дословно.');
});
