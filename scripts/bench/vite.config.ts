import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Bundles the benchmark probes (scripts/bench/entry.tsx) for a plain page in Chromium.
export default defineConfig({
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../.output/bench'),
    emptyOutDir: true,
    minify: true,
    lib: { entry: resolve(import.meta.dirname, 'entry.tsx'), name: 'SaringBench', formats: ['iife'], fileName: () => 'bench.js' },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});
