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
