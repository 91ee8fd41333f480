// Compiles messages/*.json into src/lib/paraglide (git-ignored) without Vite, so `typecheck` works on a fresh clone.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.ts';

await compile(paraglideOptions);
