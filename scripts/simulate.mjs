#!/usr/bin/env node
// npm run --silent simulate -- FILE.csv [--seeds N] [--model saring|reference]
// Bundles scripts/simulate/main.ts (and the lib/ranking code the extension runs) for Node with
// the repository's own Vite, then runs it. Prints one JSON line per measure.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.output/simulate');
await build({
  configFile: false,
  root,
  logLevel: 'silent',
  build: {
    ssr: resolve(root, 'scripts/simulate/main.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'simulate.mjs' } },
  },
});
const { main } = await import(pathToFileURL(resolve(outDir, 'simulate.mjs')).href);
process.exitCode = main(process.argv.slice(2));
