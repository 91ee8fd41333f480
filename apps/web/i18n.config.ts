import type { CompilerOptions } from '@inlang/paraglide-js';

/**
 * Paraglide's options, shared by the Vite plugin (dev, build) and `scripts/compile-messages.ts` (typecheck from a
 * fresh clone). Locale: the visitor's cookie, else Bulgarian. The browser's Accept-Language is ignored on purpose:
 * Mera is Bulgarian first, and a worker on a borrowed English-language browser should still see Bulgarian.
 */
export const paraglideOptions = {
  project: './paraglide/project.inlang',
  outdir: './src/lib/paraglide',
  strategy: ['cookie', 'baseLocale'],
  cookieName: 'mera_locale',
} satisfies CompilerOptions;
