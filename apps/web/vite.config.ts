import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './i18n.config.ts';

export default defineConfig({
  plugins: [paraglideVitePlugin(paraglideOptions), sveltekit({ adapter: adapter({ out: 'build' }) })],
});
