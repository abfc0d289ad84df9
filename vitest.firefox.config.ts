import { defineConfig } from 'vitest/config';

// The Firefox subset of the end-to-end tests: Saring's Firefox build in Firefox ESR, driven over
// WebDriver BiDi (see tests/e2e/firefox/harness.ts). One file at a time, as for Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
