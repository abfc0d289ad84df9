#!/usr/bin/env node
// Runs every test: unit tests (Vitest + happy-dom) and end-to-end tests (the built extension
// in real Chromium). Installs Debian's Chromium when it is missing and we are root; otherwise
// says how. Ends with one line "N passed, N failed" counting every test that ran.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const results = '.test-results';
mkdirSync(results, { recursive: true });

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`);
    return false;
  }
  console.log('Installing Chromium (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update'], { env }) === 0 && run('apt-get', ['install', '-y', 'chromium'], { env }) === 0 && existsSync(CHROMIUM);
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

add(vitest('unit', []));

if (!ensureChromium()) {
  add({ passed: 0, failed: 1 });
} else {
  console.log('Building the extension for the end-to-end tests…');
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    add(vitest('e2e', ['-c', 'vitest.e2e.config.ts']));
  } catch {
    console.error('The extension did not build.');
    add({ passed: 0, failed: 1 });
  }
}

const summary = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(totals.failed ? 1 : 0);
