// `pnpm create-plugin <code>`: a new service plugin package under plugins/<code> that loads, validates and passes
// the conformance kit from the first minute. Fill in the catalogue (or generate it) and the rules; see docs/plugins.md.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const code = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9-]{1,30}$/.test(code)) {
  console.error(
    'usage: pnpm create-plugin <code>   (lowercase letters, digits and dashes, e.g. "respite-care")',
  );
  process.exit(2);
}
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = path.join(process.env['PLUGINS_DIR'] ?? path.join(root, 'plugins'), code);
if (existsSync(dir)) {
  console.error(`${dir} exists already`);
  process.exit(2);
}
await mkdir(path.join(dir, 'src'), { recursive: true });
await mkdir(path.join(dir, 'catalogue'), { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
await writeFile(
  path.join(dir, 'package.json'),
  json({
    name: `@mera/plugin-${code}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    exports: { '.': './src/index.ts' },
    mera: { plugin: true },
    scripts: { typecheck: 'tsc -p tsconfig.json', test: 'vitest run' },
    dependencies: { '@mera/plugin-sdk': 'workspace:*' },
    devDependencies: { '@types/node': 'catalog:', typescript: 'catalog:', vitest: 'catalog:' },
  }),
);
await writeFile(
  path.join(dir, 'tsconfig.json'),
  json({ extends: '../../tsconfig.base.json', include: ['src'] }),
);
await writeFile(
  path.join(dir, 'catalogue', 'annex-01.json'),
  json({
    annex: 1,
    code: 'КОД',
    title: 'Заглавие на приложението',
    sections: [
      {
        key: 'А',
        title: 'Организация и управление на услугата',
        standards: [
          {
            key: '1',
            title: 'Стандарт',
            statement: 'Текстът на стандарта, дословно.',
            criteria: [
              {
                key: '1.1',
                statement: 'Текстът на критерия, дословно.',
                indicators: [
                  {
                    number: 1,
                    text: 'Текстът на индикатора, дословно.',
                    sources: ['Източник на информация'],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  }),
);
await writeFile(
  path.join(dir, 'src', 'index.ts'),
  `import { defineServicePlugin, footnoteRules, ordinanceScoring } from '@mera/plugin-sdk';
import annex01 from '../catalogue/annex-01.json' with { type: 'json' };

export default defineServicePlugin({
  code: '${code}',
  name: { bg: 'Наименование', en: 'Name', uk: 'Назва' },
  variants: [{ key: 'main', annex: 1, catalogue: annex01, rules: footnoteRules(annex01) }],
  scoring: ordinanceScoring,
});
`,
);
await writeFile(
  path.join(dir, 'src', 'index.test.ts'),
  `import { conformance } from '@mera/plugin-sdk';
import { expect, it } from 'vitest';
import plugin from './index.ts';

it('conforms to the plugin contract', () => {
  expect(conformance(plugin, '@mera/plugin-${code}')).toEqual([]);
});
`,
);
console.log(
  `created ${path.relative(root, dir)} — run \`pnpm install\`, then \`pnpm --filter @mera/plugin-${code} test\``,
);
