import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './i18n.config.ts';

export default defineConfig({
  plugins: [
    paraglideVitePlugin(paraglideOptions),
    sveltekit({
      adapter: adapter({ out: 'build' }),
      // SvelteKit's origin check knows the origin only at build time (`paths.origin`) or guesses https without a
      // proxy, which refuses our own forms on plain http://localhost:3000. `hooks.server.ts` runs the same check,
      // stricter, against the run-time ORIGIN instead (src/lib/server/csrf.ts; docs/decisions/012-web-session-and-csrf.md).
      csrf: { trustedOrigins: ['*'] },
    }),
  ],
});
