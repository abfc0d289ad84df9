import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (see tests/e2e/harness.ts), and the
// release checks of the builds and store zips (tests/release).
// One file at a time: each launches a browser, and CI has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts', 'tests/release/**/*.release.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
