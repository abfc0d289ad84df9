import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './built';

// Every page of a site Saring runs on loads its content script: each stays within 15,000 bytes
// gzipped (level 9, as `npm run bench` counts them and a store serves them). Measured here so
// that a change cannot go over the budget without a failing test.
const BUDGET = 15_000;

describe.each(['chrome', 'firefox'] as const)('%s: content scripts', (build) => {
  const dir = join(BUILDS[build], 'content-scripts');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));

  it('are each within 15,000 bytes gzipped', () => {
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = Object.fromEntries(scripts.map((name) => [name, gzipSync(readFileSync(join(dir, name)), { level: 9 }).length]));
    for (const [name, bytes] of Object.entries(sizes)) expect(bytes, `${name}: ${bytes} bytes`).toBeLessThanOrEqual(BUDGET);
  });
});
