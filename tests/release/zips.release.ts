import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, VERSION, zipEntries } from './built';

// `npm run zip` (wxt zip for both browsers) makes what the stores take.
const zip = (name: string) => {
  const path = join(OUTPUT, `saring-${VERSION}-${name}.zip`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip`);
  return zipEntries(path);
};

describe('store zips', () => {
  it.each(['chrome', 'firefox'])('%s: the extension with its manifest, both locales and the icons at the root', (browser) => {
    const names = zip(browser);
    for (const name of ['manifest.json', 'popup.html', 'dashboard.html', 'background.js', '_locales/en/messages.json', '_locales/id/messages.json', 'icon/128.png']) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
  });

  it('the Firefox sources zip holds what rebuilds the add-on, and no scratch or dependency folders', () => {
    const names = zip('sources');
    for (const name of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background.ts']) expect(names, name).toContain(name);
    expect(names.filter((n) => /^(node_modules|\.output|tmp|store\/screenshots)\//.test(n))).toEqual([]);
  });
});
