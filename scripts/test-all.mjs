#!/usr/bin/env node
// Runs every test: Biome's format and lint check (one counted step); unit tests (Vitest + happy-dom); then both builds and their store zips, the
// end-to-end and release tests (the built extension in real Chromium; manifest, zips, web-ext
// lint); then the Firefox subset (the Firefox build in Firefox ESR). Installs Debian's Chromium
// and Firefox ESR when missing and we are root; otherwise says how. Ends with one line
// "N passed, N failed" counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';
import { FIREFOX } from './firefox.mjs';

const results = '.test-results';
mkdirSync(results, { recursive: true });

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;
}

/** Debian's package `name` provides `path`: install it when missing (as root), else say how. */
function ensureDebianPackage(path, name) {
  if (existsSync(path)) return true;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(`${path} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${name}`);
    return false;
  }
  console.log(`Installing ${name} (apt-get install ${name})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update'], { env }) === 0 && run('apt-get', ['install', '-y', name], { env }) === 0 && existsSync(path);
}

function vitest(name, extra) {
  const out = `${results}/${name}.json`;
  writeFileSync(out, '');
  run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0) };
  } catch {
    console.error(`${name}: Vitest wrote no report`);
    return { passed: 0, failed: 1 };
  }
}

const totals = { passed: 0, failed: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
};

// Formatting and lint (Biome, biome.jsonc): one counted step, so a lint failure fails the run.
console.log('Checking format and lint (biome ci)…');
add(run('npx', ['biome', 'ci', '--error-on-warnings', '.']) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

add(vitest('unit', []));

// Both builds with their store zips (wxt zip builds first): the tests below use them all.
console.log('Building and zipping the extension for Chrome and Firefox…');
const built = run('npx', ['wxt', 'zip']) === 0 && run('npx', ['wxt', 'zip', '-b', 'firefox']) === 0;
if (!built) {
  console.error('The extension did not build.');
  add({ passed: 0, failed: 1 });
} else {
  if (ensureDebianPackage(CHROMIUM, 'chromium')) add(vitest('e2e', ['-c', 'vitest.e2e.config.ts']));
  else add({ passed: 0, failed: 1 });
  // The Firefox subset: the main loop once more in Firefox ESR (not the whole suite twice).
  if (ensureDebianPackage(FIREFOX, 'firefox-esr')) add(vitest('firefox', ['-c', 'vitest.firefox.config.ts']));
  else add({ passed: 0, failed: 1 });
}

const summary = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(totals.failed ? 1 : 0);
