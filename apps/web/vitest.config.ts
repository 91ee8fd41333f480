import { defineConfig } from 'vitest/config';

// Tests run against the built app (`build/`, made by `pnpm build`; turbo builds before it tests), so Vitest needs
// no SvelteKit plugin here. The global setup provides PostgreSQL for the API the browser test starts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['@mera/db/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
