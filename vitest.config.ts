import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: {
    // The same JSX setting as build.mjs, so components render in tests as they do in the extension.
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: {
    __DEV__: 'true',
    __TARGET__: JSON.stringify('chrome'),
  },
  test: {
    // Node by default; a test that needs a DOM says so with `// @vitest-environment happy-dom` on its first line.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    // End-to-end tests need a browser and a build: they run under vitest.e2e.config.ts.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/i18n.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Speed is the benchmark's job (DESIGN §7), not the unit tests': corpus tests on a busy 2-core CI machine
    // may take well over vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
