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
      // The service worker (src/service-worker) serves only the checklist pages: those pages register it
      // (components/checklist/Checklist.svelte), so no other page installs it (decision 077).
      serviceWorker: { register: false },
      // Content-Security-Policy on every page (issue 12.9). SvelteKit puts a fresh nonce on its own inline
      // bootstrap script per response ('auto': hashes for prerendered pages, of which there are none), so no other
      // script runs — not even one an injection slipped into the HTML. Styles come from our own files only;
      // `style-src-attr 'unsafe-inline'` lets the report and monitoring bars keep their `style="width: …"`
      // attributes (an attribute cannot carry a nonce, and it cannot run code). The QR code is inline SVG, so no
      // `data:` images are needed. docs/security.md → Web pages.
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self'],
          'style-src-attr': ['unsafe-inline'],
          'img-src': ['self'],
          'font-src': ['self'],
          'connect-src': ['self'],
          // the service worker that keeps a checklist usable offline (src/service-worker, issue 11)
          'worker-src': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
});
