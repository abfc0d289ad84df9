import { describe, expect, it } from 'vitest';
import { sciencedirect } from '../../lib/sites/sciencedirect';
import { expectValid, load } from './parse';
import article from './fixtures/sciencedirect/article.html?raw';
import jsonAuthors from './fixtures/sciencedirect/article-json-authors.html?raw';
import search from './fixtures/sciencedirect/search.html?raw';
import loading from './fixtures/sciencedirect/search-loading.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = sciencedirect.extract(doc, url);
  expectValid(found);
  return found;
};

describe('ScienceDirect', () => {
  it('falls back to the embedded JSON for authors (abs/ URL)', () => {
    const found = read(jsonAuthors)!;
    expect(found.articles[0]).toMatchObject({
      authors: ['Alexander O. Mitrushenkov', 'Paolo Palmieri'],
      year: 1997,
      journal: 'Chemical Physics Letters',
      issue: '4-6',
      pages: '285-290',
      doi: '10.1016/s0009-2614(97)04014-1',
      abstract: 'The Cr2 potential energy curve is obtained by a CI procedure.',
      sourceId: 'S0009261497040141',
    });
  });

  it('copes with rows drawn late: nothing yet, then the rows', () => {
    const { doc, url } = load(loading);
    expect(sciencedirect.extract(doc, url)).toBeNull();
    // The script draws the list; the content script reads again on the mutation.
    const drawn = load(search).doc.querySelector('.SearchBody')!;
    doc.querySelector('.SearchBody')!.replaceWith(doc.importNode(drawn, true));
    const found = sciencedirect.extract(doc, url)!;
    expect(found.kind).toBe('results');
    expect(found.articles).toHaveLength(2);
    expect(found.rows!.map((r) => r.article)).toEqual(found.articles);
  });

  it('reports a search with no results as an empty list', () => {
    const { doc, url } = load(loading);
    doc.querySelector('.SearchBody')!.innerHTML = '<div class="search-body-no-results">No results found</div>';
    expect(sciencedirect.extract(doc, url)).toMatchObject({ kind: 'results', articles: [], totalResults: 0 });
  });

  it('ignores other ScienceDirect pages', () => {
    const { doc } = load(article);
    expect(sciencedirect.extract(doc, new URL('https://www.sciencedirect.com/journal/the-lancet'))).toBeNull();
  });
});
