import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './built';
import { MAIN_ANSWER } from '../../platform/site-host';

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

  // "Read this page" injects them and reads main's answer from scripting.executeScript: the script's
  // last value must be the global that holds it, under its own name (terser must not rename it).
  it("each end with main's answer as their last value", () => {
    for (const name of scripts) {
      const code = readFileSync(join(dir, name), 'utf8').trimEnd();
      expect(code.startsWith(`var ${MAIN_ANSWER}=`), `${name} opens with var ${MAIN_ANSWER}=`).toBe(true);
      expect(code.endsWith(`${MAIN_ANSWER};`), `${name} ends with ${MAIN_ANSWER};`).toBe(true);
    }
  });

  // WXT's wrapper makes each script's context from the module wxt.config.ts aliases to
  // platform/page-context.ts: were the alias lost (a WXT upgrade moving the module), WXT's own
  // would be built in, ~840 B gzip over, and main would get a context without onLocationChange.
  it("carry Saring's page context, not WXT's", () => {
    for (const name of scripts) {
      const code = readFileSync(join(dir, name), 'utf8');
      // WXT's own watches the URL by its event "wxt:locationchange"; Saring's by the Navigation API.
      expect(code.includes('wxt:locationchange'), `${name} holds WXT's context`).toBe(false);
      expect(code.includes('currententrychange'), `${name} holds Saring's context`).toBe(true);
    }
  });
});
