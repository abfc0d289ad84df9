// Bad input for every adapter: empty, truncated, huge and hostile pages. No exception may escape
// an adapter (at worst null), and whatever comes out must pass the model's schemas.
import { describe, expect, it } from 'vitest';
import { SITE_EXAMPLES } from '../../lib/sites/examples';
import { ADAPTERS, extractPage } from '../../lib/sites';
import { expectValid, parse, urlOf } from './parse';
import scholarResults from './fixtures/google-scholar/results.html?raw';
import pubmedResults from './fixtures/pubmed/results.html?raw';

const FIXTURES = Object.entries(import.meta.glob('./fixtures/*/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>).map(([path, html]) => ({
  path,
  html,
  url: urlOf(html),
}));

/** Run every adapter that accepts the URL directly (extractPage would hide a throw). */
function runAll(doc: Document, url: URL) {
  for (const adapter of ADAPTERS) {
    if (!adapter.accepts(url)) continue;
    const found = adapter.extract(doc, url);
    expectValid(found);
    // A result list gives every article with the row it was read from; other pages no rows.
    if (found?.kind === 'results') expect(found.rows?.map((r) => r.article)).toEqual(found.articles);
    else if (found) expect(found.rows ?? []).toEqual([]);
  }
}

describe('every fixture page', () => {
  it.each(FIXTURES.map((f) => [f.path, f] as const))('%s: articles valid against ArticleSchema', (_, { html, url }) => {
    const found = extractPage(parse(html), url);
    expectValid(found);
    runAll(parse(html), url);
  });

  it('covers every site', () => {
    const slugs = new Set(FIXTURES.map((f) => f.path.split('/')[2]));
    for (const adapter of ADAPTERS) expect(slugs).toContain(adapter.id);
  });
});

describe('bad input', () => {
  const urls = ADAPTERS.flatMap((a) => SITE_EXAMPLES[a.id].map((e) => new URL(e)));

  it('empty documents give null, never an exception', () => {
    const empties = [
      parse(''),
      document.implementation.createHTMLDocument(''),
      new DOMParser().parseFromString('<root/>', 'application/xml'), // no <body> at all
    ];
    for (const doc of empties) {
      for (const url of urls) {
        runAll(doc, url);
        expect(extractPage(doc, url)).toBeNull();
      }
    }
  });

  it('truncated pages never throw', () => {
    for (const { html, url } of FIXTURES) {
      for (const share of [0.2, 0.4, 0.6, 0.8]) runAll(parse(html.slice(0, Math.floor(html.length * share))), url);
    }
  });

  it('a bad URL gives null', () => {
    expect(extractPage(parse(scholarResults), 'not a url')).toBeNull();
  });
});

describe('hostile input', () => {
  it('5 MB pages: no exception, fields bounded, extraction fast', () => {
    const filler = `<div class="filler">${'lorem ipsum dolor sit amet '.repeat(200)}</div>`.repeat(1000); // ≈ 5.4 MB
    const hugeTitle = 'T'.repeat(300_000);
    for (const { html, url } of FIXTURES) {
      const withFiller = /<body[^>]*>/.test(html) ? html.replace(/<body[^>]*>/, (tag) => tag + filler) : html + filler;
      const big = withFiller.replace(/(citation_title" content=")/, `$1${hugeTitle} `);
      expect(big.length).toBeGreaterThan(5_000_000);
      const doc = parse(big);
      runAll(doc, url);
    }
  });

  it('hostile URLs keep the search capture within the message schema', () => {
    const junk = encodeURIComponent('x'.repeat(20_000));
    for (const { html, url } of FIXTURES) {
      const hostile = new URL(url);
      for (const name of ['q', 'term', 'qs', 'as_ylo', 'date', 'select', 'sort']) hostile.searchParams.set(name, junk);
      hostile.searchParams.append('filter', `${junk}.${junk}`);
      for (const name of ['start', 'offset', 'page', 'num', 'show']) hostile.searchParams.set(name, name === 'num' ? '-5' : '99999999999');
      hostile.searchParams.set(junk, junk);
      runAll(parse(html), hostile);
    }
  });

  it('a <script> or <b> element inside a title comes out as its text content', () => {
    const html = pubmedResults.replace('Kangaroo <b>mother care</b> in', 'Kangaroo <script>window.x = 1</script> <b>mother care</b> in');
    const found = extractPage(parse(html), urlOf(html))!;
    expect(found.articles[0].title).toBe('Kangaroo window.x = 1 mother care in low-income settings: a cluster trial.');
  });

  it('tens of thousands of meta tags and authors stay within the schema bounds', () => {
    const metas = '<meta name="citation_author" content="A B">'.repeat(6000);
    const html = `<html><head><meta name="citation_title" content="x">${metas}</head><body></body></html>`;
    const found = extractPage(parse(html), 'https://example.org/a')!;
    expectValid(found);
    // 6000 identical names are one block repeated: collapsed, not 6000 authors.
    expect(found.articles[0].authors).toEqual(['A B']);
  });
});

// Extraction speed is measured in Chromium by `npm run bench` (extract_ms), not here.
describe('20-row lists', () => {
  // Every site's committed result lists, found by reading its fixture pages.
  const lists = ADAPTERS.flatMap((adapter) =>
    FIXTURES.filter((f) => f.path.startsWith(`./fixtures/${adapter.id}/`))
      .filter((f) => (adapter.extract(parse(f.html), f.url)?.rows?.length ?? 0) > 0)
      .map((f) => [f.path, adapter, f] as const),
  );

  it('covers every site that has result lists (an adapter with a results container)', () => {
    const withLists = ADAPTERS.filter((adapter) => adapter.resultsContainer).map((adapter) => adapter.id);
    expect(withLists).not.toEqual([]);
    expect(new Set(lists.map(([, adapter]) => adapter.id))).toEqual(new Set(withLists));
  });

  it.each(lists)('%s: every one of 20 rows is read', (_, adapter, { html, url }) => {
    const doc = parse(html);
    // Grow the list to 20 rows by cloning its first row: the row element, and in a flat layout
    // (no wrapper per record) the nodes that follow it up to the next row. Each copy links to
    // its own record (a number added to its links), as a real list's rows do.
    const rows = adapter.extract(doc, url)!.rows!;
    const run: ChildNode[] = [rows[0].element];
    const next = rows[1]?.element;
    for (let n = rows[0].element.nextSibling; n && next && n !== next && next.parentNode === n.parentNode; n = n.nextSibling) run.push(n);
    for (let i = rows.length; i < 20; i++) {
      const copies = run.map((n) => n.cloneNode(true) as ChildNode);
      for (const copy of copies) {
        if (copy.nodeType !== 1) continue;
        for (const a of [copy as Element, ...Array.from((copy as Element).querySelectorAll('[href]'))]) {
          const href = a.getAttribute('href');
          if (href) a.setAttribute('href', href.replace(/(\d+)(?!.*\d)/, `$1${i}`));
        }
      }
      run[run.length - 1].after(...copies);
    }
    expect(adapter.extract(doc, url)!.articles).toHaveLength(Math.max(20, rows.length));
  });
});
