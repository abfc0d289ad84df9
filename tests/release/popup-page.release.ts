import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './built';

// The popup opens on every click, and each file an extension page loads costs it a few
// milliseconds (build/single-script-page.ts): its page must hold its stylesheet and load two
// classic scripts, the 1 KB one that asks the background first (platform/popup-early.ts), and
// the dashboard must not load an empty module left over from that.
const page = (build: keyof typeof BUILDS, name: string) => readFileSync(join(BUILDS[build], name), 'utf8');
const fetched = (html: string) => [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

describe.each(['chrome', 'firefox'] as const)('%s: the popup page', (build) => {
  it('loads the early script, then the main one, and no other file; its stylesheet is inline', () => {
    const html = page(build, 'popup.html');
    expect(fetched(html)).toEqual(['/popup-early.js', '/popup-main.js']);
    // Small enough to arrive well before the main script, and none of the view's code.
    expect(readFileSync(join(BUILDS[build], 'popup-early.js')).length).toBeLessThan(2_000);
    expect(html).not.toMatch(/type="module"/);
    expect(html).toMatch(/<style>[^<]*\.popup\{/);
    // The script comes after the element it renders into.
    expect(html.indexOf('<div id="app">')).toBeLessThan(html.indexOf('/popup-main.js'));
  });

  it('leaves no empty module for the dashboard to load', () => {
    const chunks = readdirSync(join(BUILDS[build], 'chunks'));
    const empty = chunks.filter((name) => readFileSync(join(BUILDS[build], 'chunks', name), 'utf8').trim() === '');
    expect(empty).toEqual([]);
    const html = page(build, 'dashboard.html');
    for (const file of fetched(html)) expect(readFileSync(join(BUILDS[build], file), 'utf8').trim()).not.toBe('');
  });
});
