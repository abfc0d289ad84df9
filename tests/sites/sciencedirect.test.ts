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
  it('reads an article: authors from the header, never "Get rights and content"', () => {
    const found = read(article)!;
    expect(found.kind).toBe('article');
    expect(found.articles).toEqual([
      {
        title: 'Kangaroo mother care for preterm infants: a multicentre trial',
        authors: ['Siti Nurhasanah', 'J. Peter de Vries', 'Wei Zhang'],
        year: 2021,
        journal: 'The Lancet',
        volume: '397',
        issue: '10281',
        pages: '1234-1245',
        doi: '10.1016/s0140-6736(21)01234-5',
        abstract:
          'Background: Kangaroo mother care reduces mortality. Methods: We enrolled 3211 infants in five countries. ' +
          'Findings: Mortality fell by 25%.',
        keywords: ['Kangaroo mother care', 'Preterm infant'],
        url: 'https://www.sciencedirect.com/science/article/pii/S0140673621001234',
        source: 'sciencedirect',
        sourceId: 'S0140673621001234',
      },
    ]);
  });

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

  it('reads the result list as drawn, with search capture', () => {
    const found = read(search)!;
    expect(found.kind).toBe('results');
    expect(found.query).toBe('kangaroo mother care');
    expect(found.filters).toEqual({ yearFrom: '2018', yearTo: '2023', articleTypes: 'FLA,REV' });
    expect(found.page).toBe(2);
    expect(found.totalResults).toBe(1234);
    expect(found.articles).toEqual([
      {
        title: 'Effect of kangaroo mother care on weight gain',
        authors: ['Siti Nurhasanah', 'Wei Zhang'],
        journal: 'Early Human Development',
        year: 2020,
        doi: '10.1016/j.earlhumdev.2020.105000',
        url: 'https://www.sciencedirect.com/science/article/pii/S0378378220300001',
        pdfUrl: 'https://www.sciencedirect.com/science/article/pii/S0378378220300001/pdfft?md5=x&pid=1-s2.0-S0378378220300001-main.pdf',
        source: 'sciencedirect',
        sourceId: 'S0378378220300001',
      },
      {
        title: 'Skin-to-skin contact: a review',
        authors: ['J. Peter de Vries'],
        journal: 'International Journal of Nursing Studies',
        year: 2021,
        doi: '10.1016/j.ijnurstu.2021.104000',
        url: 'https://www.sciencedirect.com/science/article/pii/S0020748921000002',
        source: 'sciencedirect',
        sourceId: 'S0020748921000002',
      },
    ]);
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
