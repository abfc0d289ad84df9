// Which result pages are lists that are no search of the database (R8: one Scholar "Cited by"
// page, "About 2,345 results" and one row, made "identified: Google Scholar 2345"). The
// background reads it from the page's URL and logs such a list as not counted.
import { describe, expect, it } from 'vitest';
import { listOf } from '../../lib/review/search-lists';
import { googleScholar } from '../../lib/sites/google-scholar';
import { parse } from '../sites/parse';
import scholarResults from '../sites/fixtures/google-scholar/results.html?raw';

describe('lists that are no search of the database', () => {
  it('Google Scholar: "Cited by", "All versions", "Related articles" and "My library", on any country host', () => {
    const list = (query: string, q = '') => listOf('google-scholar', `https://scholar.google.co.id/scholar?${query}`, q);
    expect(list('cites=1111222233334444555&as_sdt=2005&sciodt=0,5&hl=en')).toBe('cited-by');
    // "Search within citing articles" is still the citing articles.
    expect(list('hl=id&as_sdt=2005&sciodt=0,5&cites=1111222233334444555&scipsc=1&q=stunting', 'stunting')).toBe('cited-by');
    expect(list('cluster=1111222233334444555&hl=en&as_sdt=0,5')).toBe('versions');
    expect(list('q=related:AbC123xyz_0J:scholar.google.com/&scioq=kmc&hl=en', 'related:AbC123xyz_0J:scholar.google.com/')).toBe('similar');
    expect(list('scilib=1&hl=en')).toBe('saved');
    expect(list('hl=en&as_sdt=0%2C5&q=kangaroo+mother+care&btnG=&cites=', 'kangaroo mother care')).toBeUndefined();
  });

  it('Google Scholar reports the "related:" query the list is known by', () => {
    const found = googleScholar.extract(parse(scholarResults), new URL('https://scholar.google.com/scholar?q=related:AbC123xyz_0J:scholar.google.com/&hl=en'));
    expect(listOf('google-scholar', 'https://scholar.google.com/scholar?q=related:AbC123xyz_0J:scholar.google.com/&hl=en', found?.query ?? '')).toBe('similar');
  });

  it('PubMed: "Cited by", "References", "Similar articles", the Clipboard, Collections and Trending', () => {
    const list = (path: string) => listOf('pubmed', `https://pubmed.ncbi.nlm.nih.gov/${path}`, '');
    expect(list('?linkname=pubmed_pubmed_citedin&from_uid=31978945')).toBe('cited-by');
    expect(list('?linkname=pubmed_pubmed_refs&from_uid=31978945')).toBe('references');
    expect(list('?linkname=pubmed_pubmed&from_uid=31978945')).toBe('similar');
    expect(list('?linkname=pubmed_pubmed_reviews&from_uid=31978945&sort=date')).toBe('similar');
    expect(list('clipboard/')).toBe('saved');
    expect(list('collections/61234567/?sort=pubdate')).toBe('saved');
    expect(list('trending/')).toBe('browse');
    expect(list('?term=oxytocin+massage&sort=date')).toBeUndefined();
  });

  it("Garuda: a journal's or an author's own list is browsing; a document search is a search", () => {
    const list = (path: string) => listOf('garuda', `https://garuda.kemdiktisaintek.go.id/${path}`, '');
    expect(list('journal/view/2211?page=2')).toBe('browse');
    expect(list('author/view/123456')).toBe('browse');
    expect(list('documents?select=title&q=stunting+balita')).toBeUndefined();
  });

  it('no list elsewhere, nor from a URL that is none', () => {
    expect(listOf('sciencedirect', 'https://www.sciencedirect.com/search?qs=oxytocin&cites=1', '')).toBeUndefined();
    expect(listOf('google-scholar', '', '')).toBeUndefined();
    expect(listOf('google-scholar', 'not a url', 'related:x')).toBeUndefined();
  });
});
