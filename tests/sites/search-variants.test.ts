// Search pages as reviewers meet them besides the plain list: searches that found nothing (still
// a line in the PRISMA search log, with 0), date-range and citation-chasing lists whose limits
// belong in the log, supplements in citations, and Scholar's date-sorted snippets.
import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../lib/sites/google-scholar';
import { pubmed } from '../../lib/sites/pubmed';
import { sciencedirect } from '../../lib/sites/sciencedirect';
import type { SiteAdapter } from '../../lib/sites/types';
import { expectValid, parse } from './parse';

const read = (adapter: SiteAdapter, href: string, body: string) => {
  const found = adapter.extract(parse(`<html><body>${body}</body></html>`), new URL(href));
  expectValid(found);
  return found;
};

const docsum = (pmid: string, citation: string) =>
  `<article class="full-docsum"><a class="docsum-title" data-article-id="${pmid}">Kangaroo mother care and neonatal outcomes</a><span class="docsum-authors full-authors">Lestari D, Hidayah N.</span><span class="docsum-journal-citation full-journal-citation">${citation}</span><span class="docsum-pmid">${pmid}</span></article>`;

describe('searches that found nothing', () => {
  it('PubMed: "No results were found." is a search with 0 results', () => {
    const found = read(
      pubmed,
      'https://pubmed.ncbi.nlm.nih.gov/?term=pijat+oksitosin+zzz',
      '<div class="search-results"><div class="results-amount"><span>No results were found.</span></div></div>',
    );
    expect(found).toMatchObject({ kind: 'results', articles: [], totalResults: 0, query: 'pijat oksitosin zzz' });
  });

  it('Google Scholar: a results column without rows or a count is a search with 0 results', () => {
    const found = read(
      googleScholar,
      'https://scholar.google.co.id/scholar?hl=id&q=pijat+oksitosin+zzz',
      '<div id="gs_res_ccl"><div id="gs_res_ccl_mid"><div class="gs_med"><p>Penelusuran Anda - <b>pijat oksitosin zzz</b> - tidak cocok dengan artikel apa pun.</p></div></div></div>',
    );
    expect(found).toMatchObject({ kind: 'results', articles: [], totalResults: 0, query: 'pijat oksitosin zzz' });
  });
});

describe('PubMed limits and lists', () => {
  it('reads a custom publication-date range as years', () => {
    const found = read(
      pubmed,
      'https://pubmed.ncbi.nlm.nih.gov/?term=kmc&filter=dates.2019%2F1%2F1-2024%2F12%2F31&filter=pubt.clinicaltrial',
      docsum('31978945', 'J Nurs. 2021;9(1):45-52.'),
    );
    expect(found?.filters).toMatchObject({ yearFrom: '2019', yearTo: '2024', pubt: 'clinicaltrial' });
  });

  it('keeps which "Cited by" or "Similar articles" list it is, and of which article', () => {
    const found = read(pubmed, 'https://pubmed.ncbi.nlm.nih.gov/?linkname=pubmed_pubmed_citedin&from_uid=31978945', docsum('35012345', 'J Nurs. 2022;10(2):1-9.'));
    expect(found?.filters).toMatchObject({ linkname: 'pubmed_pubmed_citedin', from_uid: '31978945' });
  });

  it('reads volume, supplement and pages of a supplement citation', () => {
    const at = 'https://pubmed.ncbi.nlm.nih.gov/?term=kmc';
    expect(read(pubmed, at, docsum('32000001', 'Enferm Clin. 2020 Jun;30 Suppl 5:1-5. doi: 10.1016/j.enfcli.2019.11.001.'))?.articles[0]).toMatchObject({
      journal: 'Enferm Clin',
      volume: '30',
      issue: 'Suppl 5',
      pages: '1-5',
      year: 2020,
    });
    expect(read(pubmed, at, docsum('32000002', 'Gac Sanit. 2021;35 Suppl 1:S12-S15.'))?.articles[0]).toMatchObject({ volume: '35', issue: 'Suppl 1', pages: 'S12-S15' });
    expect(read(pubmed, at, docsum('32000003', 'J Nurs. 2021;9(1):45-52.'))?.articles[0]).toMatchObject({ volume: '9', issue: '1', pages: '45-52' });
  });
});

describe('PubMed in the "Abstract" display format', () => {
  const full = (pmid: string, title: string) =>
    `<div class="results-article"><article class="article-details"><header class="heading" id="heading"><div class="full-view" id="full-view-heading">
      <div class="article-citation"><div class="article-source"><span class="cit">2021 Mar;9(1):45-52.</span></div></div>
      <h1 class="heading-title">${title}</h1>
      <div class="authors-list"><span class="authors-list-item"><a class="full-name">Dewi Lestari</a></span><span class="authors-list-item"><a class="full-name">Nur Hidayah</a></span></div>
      <ul class="identifiers" id="full-view-identifiers"><li><span class="identifier pubmed"><strong class="current-id">${pmid}</strong></span></li></ul>
    </div></header><div class="abstract" id="abstract"><div class="abstract-content selected" id="eng-abstract"><p>Abstract of ${pmid}.</p></div></div></article></div>`;

  it('reads every result shown in full, with its abstract, as a result list', () => {
    const found = read(
      pubmed,
      'https://pubmed.ncbi.nlm.nih.gov/?term=kangaroo+care&format=abstract',
      `<div class="results-amount"><span class="value">57</span> results</div><div class="search-results-chunk">${full('31978945', 'Kangaroo care and weight gain')}${full('35012345', 'Kangaroo care and breastfeeding')}</div>`,
    );
    expect(found).toMatchObject({ kind: 'results', totalResults: 57, query: 'kangaroo care' });
    expect(found?.articles.map((a) => [a.pmid, a.title, a.abstract, a.volume])).toEqual([
      ['31978945', 'Kangaroo care and weight gain', 'Abstract of 31978945.', '9'],
      ['35012345', 'Kangaroo care and breastfeeding', 'Abstract of 35012345.', '9'],
    ]);
    expect(found?.articles[1].authors).toEqual(['Dewi Lestari', 'Nur Hidayah']);
  });
});

describe('ScienceDirect year facet', () => {
  const filters = (query: string) =>
    read(sciencedirect, `https://www.sciencedirect.com/search?qs=stunting&${query}`, '<div class="search-body-no-results">No results found</div>')?.filters;

  it('reads unbroken years as a range, and keeps the listed years', () => {
    expect(filters('years=2024%2C2023%2C2022')).toMatchObject({ yearFrom: '2022', yearTo: '2024', years: '2024,2023,2022' });
  });

  it('makes no range of years with a gap', () => {
    expect(filters('years=2024%2C2020')).not.toHaveProperty('yearFrom');
  });
});

describe('Google Scholar sorted by date', () => {
  it('leaves the age ("13 hari yang lalu - ") out of the snippet', () => {
    const found = read(
      googleScholar,
      'https://scholar.google.co.id/scholar?hl=id&q=stunting&scisbd=1',
      '<div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="AgeRow01"><div class="gs_ri"><h3 class="gs_rt"><a href="https://j.example.ac.id/a/1">Stunting pada balita</a></h3><div class="gs_a">D Lestari&nbsp;- Jurnal Gizi, 2026 - j.example.ac.id</div><div class="gs_rs"><span class="gs_age">13 hari yang lalu - </span>… prevalensi stunting …</div></div></div></div>',
    );
    expect(found?.articles[0].snippet).toBe('… prevalensi stunting …');
  });
});
