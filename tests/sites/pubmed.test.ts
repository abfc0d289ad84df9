import { describe, expect, it } from 'vitest';
import { pubmed } from '../../lib/sites/pubmed';
import { expectValid, load, parse } from './parse';
import article from './fixtures/pubmed/article.html?raw';
import joined from './fixtures/pubmed/article-joined-authors.html?raw';
import results from './fixtures/pubmed/results.html?raw';

const read = (html: string, href?: string) => {
  const { doc, url } = href ? { doc: parse(html), url: new URL(href) } : load(html);
  const found = pubmed.extract(doc, url);
  expectValid(found);
  return found;
};

describe('PubMed', () => {
  it('reads an article page; its similar-articles docsums do not make it a list', () => {
    const found = read(article)!;
    expect(found.kind).toBe('article');
    expect(found.articles).toHaveLength(1);
    expect(found.articles[0]).toEqual({
      title: 'Kangaroo mother care and neonatal outcomes: a randomized trial',
      authors: ['Smith J', 'Nurhasanah S', 'van der Berg AB'],
      year: 2020,
      journal: 'Lancet (London, England)',
      volume: '395',
      issue: '10221',
      pages: '277-286', // citation_firstpage is empty: the body's citation line gives them
      doi: '10.1016/s0140-6736(19)32xxx-x',
      pmid: '31978945',
      // Section labels stay in the text; sections end up separated by spaces.
      abstract:
        'Background: Kangaroo mother care (KMC) reduces mortality in low-birthweight infants. ' +
        'Methods: We randomly assigned 3211 infants. Findings: Mortality was lower with KMC (RR 0.75).',
      keywords: ['Kangaroo mother care', 'low birthweight', 'neonatal mortality'],
      url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/',
      source: 'pubmed',
      sourceId: '31978945',
    });
    expect(found.rows).toBeUndefined(); // an article page has no result rows
  });

  it('splits a single citation_authors tag and finds the DOI in the body when the tag is empty', () => {
    const found = read(joined)!;
    expect(found.articles[0]).toMatchObject({
      title: 'Zotero: harnessing the power of a personal bibliographic manager',
      authors: ['Coar JT', 'Sewell JP'],
      year: 2010,
      journal: 'Nurse educator',
      volume: '35',
      issue: '5',
      pages: '205-7',
      doi: '10.1097/nne.0b013e3181ed81e4',
      pmid: '20729678',
      abstract: 'Zotero is a powerful free personal bibliographic manager (PBM) for writers.',
    });
  });

  it('reads a result list with search capture', () => {
    const found = read(results)!;
    expect(found.kind).toBe('results');
    expect(found.query).toBe('kangaroo mother care');
    expect(found.filters).toEqual({ yearFrom: '2018', yearTo: '2023', pubt: 'randomizedcontrolledtrial', lang: 'english', sort: 'date' });
    expect(found.page).toBe(2);
    expect(found.totalResults).toBe(1234);
    expect(found.articles).toHaveLength(3);
    const [trial, book, short] = found.articles;
    expect(trial).toEqual({
      title: 'Kangaroo mother care in low-income settings: a cluster trial.',
      authors: ['Nurhasanah S', 'Smith J', 'Lee K'],
      journal: 'BMJ Glob Health',
      year: 2022,
      doi: '10.1136/bmjgh-2021-007123',
      volume: '7',
      issue: '3',
      pages: 'e007123',
      pmid: '36000001',
      snippet: 'BACKGROUND: Kangaroo mother care saves lives …',
      url: 'https://pubmed.ncbi.nlm.nih.gov/36000001/',
      source: 'pubmed',
      sourceId: '36000001',
    });
    expect(book).toMatchObject({ title: 'Newborn care.', authors: ['Adam MP', 'Feldman J'], pmid: '20301000', year: 2019 });
    expect(book.journal).toBeUndefined(); // "In: … editors. GeneReviews" is a book, not a journal
    expect(short).toMatchObject({ authors: ['Lestari D'], authorsTruncated: true, journal: 'J Perinatol', year: 2021, pmid: '35000003' });
  });

  it('treats a one-hit search that shows the article as that article', () => {
    const found = read(joined, 'https://pubmed.ncbi.nlm.nih.gov/?term=20729678')!;
    expect(found.kind).toBe('article');
    expect(found.articles[0].pmid).toBe('20729678');
  });

  it('gives rows in extract order, and null for pages that are neither', () => {
    const { doc, url } = load(results);
    const found = pubmed.extract(doc, url)!;
    const rows = found.rows!;
    expect(rows.map((r) => r.article)).toEqual(found.articles);
    expect(rows.every((r) => r.element.matches('article.full-docsum'))).toBe(true);
    expect(read('<html><body><p>Help</p></body></html>', 'https://pubmed.ncbi.nlm.nih.gov/help/')).toBeNull();
  });
});
