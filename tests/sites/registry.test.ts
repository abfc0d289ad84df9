// The registry is the one source of truth for adapters and content-script match patterns.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_EXAMPLES } from '../../lib/sites/examples';
import { ADAPTERS, adapterFor } from '../../lib/sites';
import { SITE_IDS } from '../../lib/sites/ids';
import { ARTICLE_SOURCES, SOURCE_NAMES } from '../../lib/model';
import type { SiteAdapter } from '../../lib/sites/types';

const SITES_DIR = path.resolve(__dirname, '../../lib/sites');
const FIXTURES_DIR = path.resolve(__dirname, 'fixtures');
const modules = import.meta.glob('../../lib/sites/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

const isAdapter = (value: unknown): value is SiteAdapter =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as SiteAdapter).accepts === 'function' &&
  typeof (value as SiteAdapter).extract === 'function' &&
  typeof (value as SiteAdapter).id === 'string';

// Chrome match patterns: <all_urls>, or scheme://host/path where host is *, *.name or a name.
const PATTERN = /^(\*|https?|file|ftp|wss?):\/\/(\*|(\*\.)?[^/*:]+)(\/.*)$/;

function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, , pathGlob] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const re = new RegExp(
    `^${pathGlob
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(url.pathname + url.search);
}

const SITE_ADAPTERS = ADAPTERS.filter((a) => a.id !== 'web');

describe('adapter registry', () => {
  it('lists every adapter module in lib/sites', () => {
    const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts'));
    expect(
      Object.keys(modules)
        .map((k) => path.basename(k))
        .sort(),
    ).toEqual(files.sort());
    const exported = files.flatMap((file) => Object.values(modules[`../../lib/sites/${file}`]).filter(isAdapter));
    expect(exported.length).toBeGreaterThanOrEqual(5);
    for (const adapter of exported) expect(ADAPTERS).toContain(adapter);
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it('is built from the one list of sites, each adapter under its own id, the catch-all last', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(SITE_IDS);
    // Only the last adapter may accept any page: it must not shadow the sites before it.
    const anyPage = new URL('https://example.org/some/page');
    expect(ADAPTERS.filter((a) => a.accepts(anyPage))).toEqual([ADAPTERS[ADAPTERS.length - 1]]);
  });

  it('gives the model its article sources and their names', () => {
    expect(ARTICLE_SOURCES).toEqual([...SITE_IDS, 'import']);
    for (const id of SITE_IDS) expect(SOURCE_NAMES[id]).toMatch(/\S/);
  });
});

describe('adapter examples, fixtures and match patterns', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: examples accepted by itself, rejected by the other sites', (_, adapter) => {
    expect(SITE_EXAMPLES[adapter.id].length).toBeGreaterThan(0);
    for (const example of SITE_EXAMPLES[adapter.id]) {
      const url = new URL(example);
      expect(adapter.accepts(url)).toBe(true);
      for (const other of SITE_ADAPTERS) if (other !== adapter) expect(other.accepts(url), `${other.id} accepts ${example}`).toBe(false);
      expect(adapterFor(url)).toBe(adapter);
    }
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: has fixture pages', (id) => {
    const dir = path.join(FIXTURES_DIR, id);
    expect(statSync(dir).isDirectory()).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(readFileSync(path.join(dir, page), 'utf8')).toMatch(/<!--\s*url:\s*https?:\/\//);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s: valid match patterns that cover its examples', (_, adapter) => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    expect(new Set(adapter.matches).size).toBe(adapter.matches.length);
    for (const pattern of adapter.matches) expect(pattern, pattern).toMatch(PATTERN);
    for (const example of SITE_EXAMPLES[adapter.id]) {
      const url = new URL(example);
      expect(
        adapter.matches.some((p) => matchesPattern(p, url)),
        example,
      ).toBe(true);
      // and no other site's content script would be injected there
      for (const other of SITE_ADAPTERS) {
        if (other !== adapter)
          expect(
            other.matches.some((p) => matchesPattern(p, url)),
            `${other.id} on ${example}`,
          ).toBe(false);
      }
    }
  });

  it('the generic reader runs only on request', () => {
    const generic = ADAPTERS.find((a) => a.id === 'web')!;
    expect(generic.matches).toEqual([]);
  });

  it('the matcher itself works', () => {
    expect(matchesPattern('https://scholar.google.co.id/*', new URL('https://scholar.google.co.id/scholar?q=x'))).toBe(true);
    expect(matchesPattern('*://garuda.kemdikbud.go.id/*', new URL('http://garuda.kemdikbud.go.id/documents'))).toBe(true);
    expect(matchesPattern('https://*.example.org/a*', new URL('https://x.example.org/abc'))).toBe(true);
    expect(matchesPattern('https://*.example.org/a*', new URL('https://example.org.evil.com/abc'))).toBe(false);
    expect('https://scholar.google.*/*').not.toMatch(PATTERN);
  });
});

describe('content scripts', () => {
  const ENTRYPOINTS = path.resolve(__dirname, '../../entrypoints');
  it.each(ADAPTERS.filter((a) => a.matches.length > 0).map((a) => [a.id, a] as const))('%s has a content script that takes its match patterns from the adapter', (id) => {
    const file = path.join(ENTRYPOINTS, `${id}.content.ts`);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(new RegExp(`from '\\.\\./lib/sites/${id}'`));
    expect(source).toMatch(/matches: \w+\.matches/);
  });
  it('no content script lists its own match patterns', () => {
    for (const name of readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts'))) {
      expect(readFileSync(path.join(ENTRYPOINTS, name), 'utf8')).not.toMatch(/matches: \[\s*'/);
    }
  });
});
