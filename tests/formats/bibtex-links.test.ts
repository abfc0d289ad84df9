// What BibTeX exporters write beyond bibtex.test.ts: Mendeley puts every link of a document in one
// url field; Springer Nature leaves quotes unescaped inside quoted values.
import { describe, expect, it } from 'vitest';
import { oneRecord as one } from './helpers';

describe('BibTeX url', () => {
  it('holding several links (Mendeley): the first is the link, a PubMed one gives the PMID, a doi.org one the DOI', () => {
    const record = one(
      '@article{Lestari2021,\nauthor = {Lestari, Dewi},\ntitle = {{Risk factors of stunting}},\njournal = {BMC public health},\nyear = {2021},\nurl = {https://bmcpublichealth.biomedcentral.com/articles/10.1186/s12889-021-10000-1 http://www.ncbi.nlm.nih.gov/pubmed/33500000 https://doi.org/10.1186/s12889-021-10000-1}\n}\n',
      'mendeley.bib',
    );
    expect(record).toMatchObject({
      url: 'https://bmcpublichealth.biomedcentral.com/articles/10.1186/s12889-021-10000-1',
      pmid: '33500000',
      doi: '10.1186/s12889-021-10000-1',
    });
  });

  it('that is a PubMed link gives the PMID, as RIS UR does; a DOI or PMID field still comes first', () => {
    expect(one('@article{a, title = {Stunting}, url = {https://pubmed.ncbi.nlm.nih.gov/33500001/}}', 'a.bib')).toMatchObject({
      pmid: '33500001',
      url: 'https://pubmed.ncbi.nlm.nih.gov/33500001/',
    });
    const both = one('@article{b, title = {Stunting}, pmid = {33500002}, doi = {10.1000/a}, url = {http://www.ncbi.nlm.nih.gov/pubmed/1 https://doi.org/10.1000/b}}', 'b.bib');
    expect(both).toMatchObject({ pmid: '33500002', doi: '10.1000/a', url: 'http://www.ncbi.nlm.nih.gov/pubmed/1' });
  });
});

describe('a quoted BibTeX value holding a quote (Springer Nature writes them unescaped)', () => {
  it('keeps the text and its quotes, and reads the fields after it', () => {
    const record = one(
      [
        '@Article{Smith2020,',
        'author="Smith, John',
        'and Doe, Jane",',
        'title="The "golden hour" of breastfeeding: a randomised trial",',
        'journal="BMC Pregnancy and Childbirth",',
        'year="2020",',
        'abstract="We tested the so-called "golden hour" approach in 120 mothers.",',
        'doi="10.1186/s12884-020-2800-1"',
        '}',
        '',
      ].join('\n'),
      'springer.bib',
    );
    expect(record).toMatchObject({
      title: 'The "golden hour" of breastfeeding: a randomised trial',
      abstract: 'We tested the so-called "golden hour" approach in 120 mothers.',
      authors: ['Smith, John', 'Doe, Jane'],
      doi: '10.1186/s12884-020-2800-1',
    });
  });
});
