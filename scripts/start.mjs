#!/usr/bin/env node
// npm start: build Saring and open Chromium with it loaded, in a profile of its own
// (.chromium-profile/), so a reviewer can try it at once. On a machine without a display
// it builds, then says where the unpacked extension is and how to load it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const extension = resolve(root, '.output/chrome-mv3');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const browser = candidates.find((path) => path && existsSync(path));
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';

if (!browser || !hasDisplay) {
  console.log(`
Saring is built in ${extension}
${!browser ? 'No Chromium or Chrome was found (install it with: sudo apt-get install -y chromium).' : 'There is no display here, so no browser window can open.'}
To use it: open chrome://extensions in Chrome or Chromium, switch on Developer mode,
choose "Load unpacked" and pick that folder. For Firefox: npm run build:firefox, then
about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json.`);
  process.exit(0);
}

console.log(`Opening ${browser} with Saring loaded (profile: .chromium-profile/)…`);
const child = spawn(
  browser,
  [
    `--user-data-dir=${resolve(root, '.chromium-profile')}`,
    '--no-first-run',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk',
  ],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
