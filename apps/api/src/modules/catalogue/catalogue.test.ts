import { fileURLToPath } from 'node:url';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../testing/harness.ts';
import { InvalidPluginError } from '@mera/plugin-sdk';
import { discoverPlugins } from './discovery.ts';
import { syncCatalogues } from './sync.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/plugins', import.meta.url));
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});

afterAll(async () => {
  await h.close();
});

describe('plugin discovery', () => {
  it('finds packages marked as Mera plugins and nothing else', async () => {
    const plugins = await discoverPlugins(FIXTURES);
    expect(plugins.map((p) => p.code)).toEqual(['sample']);
  });

  it('stops on a malformed plugin, naming the plugin, the field and the rule', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mera-plugins-'));
    await mkdir(path.join(dir, 'broken'));
    await writeFile(
      path.join(dir, 'broken/package.json'),
      JSON.stringify({ name: 'broken', exports: './index.js', mera: { plugin: true } }),
    );
    await writeFile(
      path.join(dir, 'broken/index.js'),
      `export default { code: 'zz', name: { bg: 'Б', en: 'E', uk: 'У' }, variants: [] };`,
    );
    await expect(discoverPlugins(dir)).rejects.toThrow(InvalidPluginError);
    await expect(discoverPlugins(dir)).rejects.toThrow('plugin zz: variants must list at least one variant');
  });
});

describe('catalogue sync and API', () => {
  it('synced the sample catalogue at start-up, once', async () => {
    const versions = await h.sql<{ plugin_code: string; item_count: number }>(
      `select plugin_code, item_count from catalogue_version`,
    );
    expect(versions).toEqual([{ plugin_code: 'sample', item_count: 5 }]);
    const again = await h.app.orm.em.fork().transactional((em) => syncCatalogues(em, h.app.servicePlugins));
    expect(again).toEqual({ added: [], unchanged: 1 });
  });

  it('lists service types with the version in force', async () => {
    const response = await h.call({ method: 'GET', url: '/api/v1/catalogue/service-types' });
    expect(response.json()).toEqual([
      {
        code: 'sample',
        name: {
          bg: 'Информиране и консултиране',
          en: 'Information and counselling',
          uk: 'Інформування та консультування',
        },
        variants: [
          expect.objectContaining({
            key: 'specialised',
            annex: 2,
            code: 'ИК',
            effectiveFrom: '2022-07-01',
            itemCount: 5,
          }),
        ],
      },
    ]);
  });

  it('returns the whole tree with the text verbatim', async () => {
    const response = await h.call({
      method: 'GET',
      url: '/api/v1/catalogue/service-types/sample/variants/specialised',
    });
    const section = response.json().sections[0];
    expect(section).toMatchObject({ id: 'bg-2022/a02/А', title: 'Организация и управление на услугата' });
    const indicator = section.children[0].children[0].children[1];
    expect(indicator).toMatchObject({
      id: 'bg-2022/a02/s1/c1.1/i2',
      text: 'Служителите са преминали въвеждащо обучение.',
      sources: ['Програма за въвеждащо обучение'],
      notes: ['(*) Минимален брой на лицата, ползващи социалните услуги - 10'],
    });
  });

  it('returns one indicator with its sources and ancestors', async () => {
    const response = await h.call({
      method: 'GET',
      url: `/api/v1/catalogue/items?id=${encodeURIComponent('bg-2022/a02/s1/c1.1/i1')}`,
    });
    expect(response.json()).toEqual([
      {
        pluginCode: 'sample',
        variantKey: 'specialised',
        item: expect.objectContaining({
          id: 'bg-2022/a02/s1/c1.1/i1',
          sources: ['План за действие при бедствия', 'Интервю с ръководителя'],
        }),
        ancestors: [
          expect.objectContaining({ kind: 'criterion', key: '1.1' }),
          expect.objectContaining({ kind: 'standard', key: '1', title: 'Достъпност на услугата' }),
          expect.objectContaining({ kind: 'section', key: 'А' }),
        ],
      },
    ]);
  });

  it('finds inflected Bulgarian words and sources of information', async () => {
    const search = async (q: string) =>
      (await h.call({ method: 'GET', url: `/api/v1/catalogue/search?q=${encodeURIComponent(q)}` }))
        .json<{ id: string }[]>()
        .map((r) => r.id);
    expect(await search('обучени')).toContain('bg-2022/a02/s1/c1.1/i2'); // "обучение"
    expect(await search('бедствия план')).toEqual(['bg-2022/a02/s1/c1.1/i1']);
    expect(await search('достъпнст')).toContain('bg-2022/a02/s1'); // a typo, caught by trigram similarity
  });
});
