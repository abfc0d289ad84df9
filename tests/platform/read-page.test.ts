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

describe('a reader that failed on the page', () => {
  async function readingFails(executeScript: () => Promise<unknown>) {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readTab } = await import('../../platform/read-page');
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://ejournal.example.ac.id/index.php/jk/article/view/12' });
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Saring', version: '0', content_scripts: [] });
    fakeBrowser.scripting.executeScript = executeScript as typeof fakeBrowser.scripting.executeScript;
    return readTab(tab.id!).then(
      () => '',
      (error: Error) => error.message,
    );
  }

  it("says the reader stopped, with what it threw in Firefox, in the reviewer's language", async () => {
    const { setLanguage } = await import('../../lib/i18n');
    // Firefox runs the reader and hands back what it threw as the frame's error.
    const firefox = () => Promise.resolve([{ frameId: 0, documentId: 'd', error: new TypeError('node is null') }]);
    setLanguage('id');
    expect(await readingFails(firefox)).toBe('pembacanya berhenti di halaman ini karena kesalahan (node is null). Muat ulang halaman, lalu coba lagi.');
    setLanguage('en');
    expect(await readingFails(firefox)).toBe('the reader stopped on this page with an error (node is null). Reload the page and try again.');
  });

  it("says the reader stopped, with Chrome's reason, when Chrome rejects with other words than its refusal", async () => {
    (await import('../../lib/i18n')).setLanguage('en');
    // Chrome's words when the reader's file is missing from a broken install.
    const message = await readingFails(() => Promise.reject(new Error("Could not load file: 'content-scripts/reader.js'.")));
    expect(message).toBe("the reader stopped on this page with an error (Could not load file: 'content-scripts/reader.js'.). Reload the page and try again.");
    expect(message).not.toContain('the browser does not let extensions read this page');
  });

  it("keeps the browser's refusal in Firefox's words for what it is, and a reader that ran for a success", async () => {
    (await import('../../lib/i18n')).setLanguage('en');
    expect(await readingFails(() => Promise.reject(new Error('Missing host permission for the tab')))).toContain('the browser does not let extensions read this page');
    expect(await readingFails(() => Promise.resolve([{ frameId: 0, documentId: 'd', result: true }]))).toBe('');
  });

  it('says at once that the reader stopped before it finished when Chrome hands back nothing of it', async () => {
    const { setLanguage } = await import('../../lib/i18n');
    // Chrome's answer for an injected script that threw or never answered: no error, a null result.
    const chrome = () => Promise.resolve([{ frameId: 0, documentId: 'd', result: null }]);
    setLanguage('id');
    expect(await readingFails(chrome)).toBe('pembacanya berhenti di halaman ini sebelum selesai. Muat ulang halaman, lalu coba lagi.');
    setLanguage('en');
    expect(await readingFails(chrome)).toBe('the reader stopped on this page before it finished. Reload the page and try again.');
    // The reason the reader answered with, when it caught its own failure.
    expect(await readingFails(() => Promise.resolve([{ frameId: 0, documentId: 'd', result: { failed: 'row is null' } }]))).toBe(
      'the reader stopped on this page with an error (row is null). Reload the page and try again.',
    );
  });
});
