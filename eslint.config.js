import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One lint configuration for the whole workspace; formatting is Prettier's job, not ESLint's. */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/build/',
      '**/dist/',
      '**/.svelte-kit/',
      '**/.turbo/',
      '**/generated/',
      '**/paraglide/',
      '.data/',
      '.tools/',
      'bench/results/',
      'plugins/*/catalogue/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Issue 13: one typed way to the database — entities or `sqlOf(em)` (Kysely typed from the entities). A string of
    // SQL handed to `execute`/`query` is allowed only in the files listed below, each for a reason in
    // docs/architecture.md ("Raw SQL left"); migrations and tests set up what they need.
    files: ['apps/api/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/testing/**',
      'packages/db/src/migrations/**',
      'packages/db/src/session.ts',
      'packages/db/src/roles.ts',
      'packages/db/src/orm.ts',
      'packages/db/src/audit.ts',
      'apps/api/src/start.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(execute|query)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
          message:
            'Raw SQL: use the entities or sqlOf(em) (Kysely typed from the entities); see docs/architecture.md, "One typed way to the database".',
        },
      ],
    },
  },
  {
    // Test code may assert presence with `!` after checking it.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
