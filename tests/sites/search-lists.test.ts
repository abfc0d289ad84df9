// What a result page reports as its search, for the search log and PRISMA's "records
// identified": re-sorting, paging, page size and display settings are one search (R8: PubMed
// `?term=oxytocin+massage` then `&sort=date`, 250 results each, made "identified: PubMed 500").
// Lists that are no search ("Cited by") are told apart in the background: tests/review/search-lists.test.ts.
import { describe, expect, it } from 'vitest';
import { webSearchId } from '../../lib/review/searches';
import { garuda } from '../../lib/sites/garuda';
import { googleScholar } from '../../lib/sites/google-scholar';
import { pubmed } from '../../lib/sites/pubmed';
import { sciencedirect } from '../../lib/sites/sciencedirect';
import type { SiteAdapter } from '../../lib/sites/types';
import { expectValid, parse } from './parse';
import garudaSearch from './fixtures/garuda/search.html?raw';
import scholarResults from './fixtures/google-scholar/results.html?raw';
import pubmedResults from './fixtures/pubmed/results.html?raw';
import sdSearch from './fixtures/sciencedirect/search.html?raw';

/** A fixture page read as if it were at another URL. */
function readAt(adapter: SiteAdapter, html: string, href: string) {
  const found = adapter.extract(parse(html), new URL(href));
  expectValid(found);
  expect(found?.kind).toBe('results');
  return found!;
}

/** The search log's id of the search a page shows. */
const idAt = (adapter: SiteAdapter, html: string, href: string) => {
  const found = readAt(adapter, html, href);
  return webSearchId(found.site, found.query ?? '', found.filters ?? {});
};

describe('one search, however it is sorted, paged or shown', () => {
  it('PubMed: sort, sort order, page size, display format and page are no limits', () => {
    const at = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&filter=years.2018-2023';
    const plain = idAt(pubmed, pubmedResults, at);
    for (const extra of ['&sort=date', '&sort=date&sort_order=asc', '&sort=pubdate&size=50&page=3', '&sort=jour&show_snippets=off']) {
      expect(idAt(pubmed, pubmedResults, at + extra), extra).toBe(plain);
    }
    expect(readAt(pubmed, pubmedResults, `${at}&sort=date`).filters).toEqual({ yearFrom: '2018', yearTo: '2023' });
    // A limit still makes another search.
    expect(idAt(pubmed, pubmedResults, `${at}&filter=lang.english`)).not.toBe(plain);
  });

  it('ScienceDirect: sortBy, show, offset, the last facet clicked and link tags are no limits', () => {
    const at = 'https://www.sciencedirect.com/search?qs=oxytocin%20massage&years=2023%2C2022&articleTypes=FLA';
    const plain = idAt(sciencedirect, sdSearch, at);
    for (const extra of ['&sortBy=date', '&sortBy=date&show=100&offset=100', '&lastSelectedFacet=articleTypes', '&dgcid=alert&utm_source=email']) {
      expect(idAt(sciencedirect, sdSearch, at + extra), extra).toBe(plain);
    }
    expect(readAt(sciencedirect, sdSearch, `${at}&sortBy=date&show=50&offset=50`).page).toBe(2);
    // Advanced search's "Page(s)" field (`page`) and the journal (`pub`) are limits.
    expect(idAt(sciencedirect, sdSearch, `${at}&page=12`)).not.toBe(plain);
    expect(idAt(sciencedirect, sdSearch, `${at}&pub=Midwifery`)).not.toBe(plain);
  });

  it('Google Scholar: paging (start, num) and the interface language (hl) are no limits; "Sort by date" (scisbd) is one', () => {
    const at = 'https://scholar.google.com/scholar?q=kangaroo+mother+care&as_ylo=2018';
    const plain = idAt(googleScholar, scholarResults, at);
    for (const extra of ['&start=10', '&start=40&num=20', '&hl=id', '&hl=en&btnG=&oq=kangaroo']) {
      expect(idAt(googleScholar, scholarResults, at + extra), extra).toBe(plain);
    }
    // Scholar's "Sort by date" keeps only the last year's articles: another result set.
    expect(idAt(googleScholar, scholarResults, `${at}&scisbd=1`)).not.toBe(plain);
  });

  it('Garuda: paging (page) is no limit; the field searched (select) is one', () => {
    const at = 'https://garuda.kemdikbud.go.id/documents?select=title&q=stunting+balita';
    expect(idAt(garuda, garudaSearch, `${at}&page=2`)).toBe(idAt(garuda, garudaSearch, `${at}&page=5`));
    expect(idAt(garuda, garudaSearch, at.replace('title', 'abstract'))).not.toBe(idAt(garuda, garudaSearch, at));
  });
});

describe('ScienceDirect: a source line that ends with its year', () => {
  const item = (source: string) =>
    `<ol><li class="ResultItem"><h2><a class="result-list-title-link" href="/science/article/pii/S0266613820302345">Oxytocin massage</a></h2><div class="SubType"><span class="srctitle-date-fields"><a class="subtype-srctitle-link" href="/journal/midwifery"><span class="anchor-text">Midwifery</span></a>${source}</span></div></li></ol>`;
  const fields = (source: string) => {
    const a = readAt(sciencedirect, `<html><body>${item(source)}</body></html>`, 'https://www.sciencedirect.com/search?qs=oxytocin').articles[0];
    return [a.volume, a.issue, a.pages, a.year];
  };

  it('takes no year for an article number', () => {
    expect(fields('<span>Volume 5</span>, <span>2022</span>')).toEqual(['5', undefined, undefined, 2022]);
    expect(fields('<span>Volume 33, Issue 2</span>, <span>2024</span>')).toEqual(['33', '2', undefined, 2024]);
    expect(fields('<span>Volume 33, Issue 2, 2024</span>')).toEqual(['33', '2', undefined, 2024]);
  });

  it('still reads an article number after the date, even one that looks like a year', () => {
    expect(fields('<span>Volume 149</span>, <span>December 2023</span>, <span>104567</span>')).toEqual(['149', undefined, '104567', 2023]);
    expect(fields('<span>Volume 5, 2022, 100401</span>')).toEqual(['5', undefined, '100401', 2022]);
    expect(fields('<span>Volume 12</span>, <span>2023</span>, <span>2023</span>')).toEqual(['12', undefined, '2023', 2023]);
    expect(fields('<span>Volume 12</span>, <span>Article 2022</span>')).toEqual(['12', undefined, '2022', undefined]);
  });
});
