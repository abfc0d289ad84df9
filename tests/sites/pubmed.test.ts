import { describe, expect, it } from 'vitest';
import { pubmed } from '../../lib/sites/pubmed';
import { expectValid, load, parse } from './parse';
import joined from './fixtures/pubmed/article-joined-authors.html?raw';
import results from './fixtures/pubmed/results.html?raw';

const read = (html: string, href?: string) => {
  const { doc, url } = href ? { doc: parse(html), url: new URL(href) } : load(html);
  const found = pubmed.extract(doc, url);
  expectValid(found);
  return found;
};

describe('PubMed', () => {
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

  it('reads a joined author tag by its ";" only: one author, a group with commas, no "et al."', () => {
    const page = (authors: string) =>
      `<html><head><meta name="citation_title" content="Oxytocin massage"><meta name="citation_authors" content="${authors}"><meta name="citation_pmid" content="33445566"></head><body></body></html>`;
    const authorsOf = (authors: string) => read(page(authors), 'https://pubmed.ncbi.nlm.nih.gov/33445566/')!.articles[0].authors;
    expect(authorsOf('Sari D')).toEqual(['Sari D']);
    expect(authorsOf('Lestari A;Breastfeeding Study Group, Jakarta, Indonesia;et al.;')).toEqual(['Lestari A', 'Breastfeeding Study Group, Jakarta, Indonesia']);
  });

  it('dates a chapter of an open-ended book series (StatPearls) by the chapter, not the series', () => {
    const row = (citation: string) =>
      `<div class="search-results-chunk"><article class="full-docsum"><a class="docsum-title" data-article-id="29262011" href="/29262011/">Oxytocin</a><span class="docsum-authors full-authors">Osilla EV, Sharma S.</span><span class="docsum-journal-citation full-journal-citation">${citation}</span></article></div>`;
    const year = (citation: string) => read(row(citation), 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin')!.articles[0].year;
    expect(year('In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan–. 2023 Jul 24.')).toBe(2023);
    expect(year('In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2024–. 2022 May 1.')).toBe(2022);
    expect(year('In: Adam MP, editors. GeneReviews® [Internet]. Seattle (WA): University of Washington, Seattle; 1993–2024. 2006 Feb 2.')).toBe(2006);
    expect(year('Midwifery. 2020 Dec-2021 Jan;5(2):10-20.')).toBe(2020);
  });

  it('reads a translated title without the brackets MEDLINE marks it with, on the page and in rows, as imports do', () => {
    const page = `<html><head><meta name="citation_title" content="[Effect of oxytocin massage on breast milk production in postpartum mothers]."><meta name="citation_pmid" content="31562745"></head><body></body></html>`;
    expect(read(page, 'https://pubmed.ncbi.nlm.nih.gov/31562745/')!.articles[0].title).toBe('Effect of oxytocin massage on breast milk production in postpartum mothers.');
    const row = `<div class="search-results-chunk"><article class="full-docsum"><a class="docsum-title" data-article-id="31562745" href="/31562745/">[Effect of <b>oxytocin</b> massage on breast milk production].</a><span class="docsum-journal-citation full-journal-citation">Rev Med. 2019 Oct;5(2):10-20.</span></article></div>`;
    expect(read(row, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin')!.articles[0].title).toBe('Effect of oxytocin massage on breast milk production.');
    // A title that only starts with a bracketed part keeps it.
    const own = page.replace('[Effect of oxytocin massage on breast milk production in postpartum mothers].', '[18F]FDG uptake in the lactating breast');
    expect(read(own, 'https://pubmed.ncbi.nlm.nih.gov/31562745/')!.articles[0].title).toBe('[18F]FDG uptake in the lactating breast');
  });

  it('names a preprint row by its server, without the "[Preprint]" mark', () => {
    const row = `<div class="search-results-chunk"><article class="full-docsum"><a class="docsum-title" data-article-id="37205555" href="/37205555/">Oxytocin and lactation</a><span class="docsum-journal-citation full-journal-citation">bioRxiv [Preprint]. 2023 May 10:2023.05.09.540049. doi: 10.1101/2023.05.09.540049.</span></article></div>`;
    const a = read(row, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin')!.articles[0];
    expect([a.journal, a.year, a.doi]).toEqual(['bioRxiv', 2023, '10.1101/2023.05.09.540049']);
  });

  it('dates a book chapter’s page by the chapter and names its book, not the publisher', () => {
    const page = `<html><head><meta name="citation_title" content="Spinal Muscular Atrophy"><meta name="citation_authors" content="Prior TW;Leach ME;Finanger E;"><meta name="citation_publisher" content="University of Washington, Seattle"></head><body><main class="article-details"><header id="full-view-heading" class="heading"><div class="article-citation"><span class="cit">In: Adam MP, Feldman J, editors. GeneReviews® [Internet]. Seattle (WA): University of Washington, Seattle; 1993–2024. 2000 Feb 24 [updated 2020 Dec 3].</span></div><h1 class="heading-title">Spinal Muscular Atrophy</h1><strong class="current-id">20301526</strong></header></main></body></html>`;
    expect(read(page, 'https://pubmed.ncbi.nlm.nih.gov/20301526/')!.articles[0]).toMatchObject({ year: 2000, journal: 'GeneReviews®', pmid: '20301526' });
    const row = `<div class="search-results-chunk"><article class="full-docsum"><a class="docsum-title" data-article-id="29262011" href="/29262011/">Oxytocin</a><span class="docsum-journal-citation full-journal-citation">In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan–. 2023 Jul 24.</span></article></div>`;
    expect(read(row, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin')!.articles[0].journal).toBe('StatPearls');
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
