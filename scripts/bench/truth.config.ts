import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Bundles the hand-checked study labels of the baseline exports for the Node side of the bench.
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.output/bench'),
    emptyOutDir: false,
    minify: false,
    lib: { entry: resolve(import.meta.dirname, '../../tests/dedup/baseline-truth.ts'), formats: ['es'], fileName: () => 'baseline-truth.mjs' },
  },
});
