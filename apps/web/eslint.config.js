import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import workspace from '../../eslint.config.js';

/**
 * The workspace's rules plus Svelte's. ESLint 10 looks a file's configuration up from the file's own folder, so
 * `eslint .` at the root uses this file for everything under apps/web.
 */
export default tseslint.config(
  ...workspace,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  ...svelte.configs['flat/prettier'],
);
