// "Read this page" picks a database's own content script on a proxied copy of it by the
// manifest's match patterns: those patterns read as the browser reads them.
import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../platform/read-page';
import { ADAPTERS } from '../../lib/sites';
import { SITE_EXAMPLES } from '../../lib/sites/examples';

describe('match patterns', () => {
  it('match as the browser matches them: scheme, host (with "*."), path', () => {
    expect(matchPattern('*://garuda.kemdikbud.go.id/*').test('http://garuda.kemdikbud.go.id/documents?q=asi')).toBe(true);
    expect(matchPattern('*://garuda.kemdikbud.go.id/*').test('https://garuda.kemdikbud.go.id/')).toBe(true);
    expect(matchPattern('https://scholar.google.co.id/*').test('http://scholar.google.co.id/scholar')).toBe(false);
    expect(matchPattern('*://*.example.org/*').test('https://a.b.example.org/x')).toBe(true);
    expect(matchPattern('*://*.example.org/*').test('https://example.org/x')).toBe(true);
    expect(matchPattern('*://*.example.org/*').test('https://badexample.org/x')).toBe(false);
    expect(matchPattern('<all_urls>').test('https://example.org/')).toBe(false);
  });

  it("of every site's adapter, match that site's own example pages", () => {
    for (const adapter of ADAPTERS.filter((a) => a.matches.length)) {
      const patterns = adapter.matches.map(matchPattern);
      for (const url of SITE_EXAMPLES[adapter.id as keyof typeof SITE_EXAMPLES])
        expect(
          patterns.some((p) => p.test(url)),
          `${adapter.id}: ${url}`,
        ).toBe(true);
    }
  });
});

describe('reading a page the browser keeps from extensions', () => {
  it("says why, in the reviewer's language, not the browser's English error", async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readTab } = await import('../../platform/read-page');
    const { setLanguage } = await import('../../lib/i18n');
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://chromewebstore.google.com/detail/x' });
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Saring', version: '0', content_scripts: [] });
    fakeBrowser.scripting.executeScript = () =>
      Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    setLanguage('id');
    await expect(readTab(tab.id!)).rejects.toThrow('peramban tidak mengizinkan ekstensi membaca halaman ini');
    setLanguage('en');
    await expect(readTab(tab.id!)).rejects.toThrow('the browser does not let extensions read this page');
  });
});
