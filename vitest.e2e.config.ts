/**
 * End-to-end tests: the built extension in real Chromium (tests/e2e/harness.ts). Separate from the unit config
 * because they need a browser, a build and minutes, not seconds: `npx vitest run --config vitest.e2e.config.ts`.
 * One file at a time: each launches its own browser, and parallel browsers only make timings flaky.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: {
    __DEV__: 'true',
    __TARGET__: JSON.stringify('chrome'),
  },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    setupFiles: ['tests/setup/i18n.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // Tests marked concurrent (the 130 silent pages) open a few tabs at a time; more only adds load on 2 cores.
    maxConcurrency: 4,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
