// lib/ runs without a browser: pure functions of their inputs, testable in Node. Code that
// reaches the browser, the extension APIs or a worker's `self` lives in platform/ (or
// entrypoints/, components/ for views). The rule, exactly: no lib/ file READS one of
// BROWSER_GLOBALS (browser-globals.ts) at run time, directly or as `globalThis.x`, nor imports the
// extension APIs as a value. Property names (`options.location`), locals and parameters of those
// names, and type-only uses (`doc: Document`, `typeof window` in a type) are fine. lib/db's Dexie
// database is fine too: Dexie finds IndexedDB itself; the tests give it fake-indexeddb.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserGlobalsIn, programOf } from './browser-globals';
import { ROOT, sourceFiles } from './source-files';

const SAMPLE = 'tests/structure/fixtures/browser-uses.ts';
const libFiles = sourceFiles(['lib']);
const program = programOf([...libFiles, SAMPLE]);

describe('lib/ is browser-free', () => {
  it('finds exactly the run-time uses in a sample (the check itself works)', () => {
    const marked = readFileSync(join(ROOT, SAMPLE), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// USE') ? [i + 1] : []));
    expect(browserGlobalsIn(program, SAMPLE).map((f) => f.line)).toEqual(marked);
  });

  it('no lib/ file reaches a browser global', () => {
    expect(libFiles.length).toBeGreaterThan(100);
    const found = libFiles.flatMap((file) => browserGlobalsIn(program, file)).map((f) => `${f.file}:${f.line} ${f.name}`);
    expect(found).toEqual([]);
  });
});
