import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (see tests/e2e/harness.ts).
// One file at a time: each launches a browser, and CI has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
