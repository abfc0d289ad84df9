// PubMed XML (efetch retmode=xml): journal articles and books, read as the MEDLINE importer reads them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { ArticleSchema } from '../../lib/model/article';
import { oneRecord } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, 'xml', name), 'utf8');
const set = (...records: string[]) => `<?xml version="1.0" ?>\n<PubmedArticleSet>\n${records.join('\n')}\n</PubmedArticleSet>\n`;
const article = (inner: string, pmid = '30000001') =>
  `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${pmid}</PMID><Article PubModel="Print">${inner}</Article></MedlineCitation></PubmedArticle>`;

describe('PubMed XML', () => {
  const { format, records, warnings } = parseBibliography(fixture('pubmed-efetch.xml'), 'pubmed-result.xml');

  it('reads articles and book chapters', () => {
    expect(format).toBe('pubmed-xml');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.pmid)).toEqual(['35957633', '31000001', '32000002', '30085540']);
  });

  it('reads a journal article: plain-text title, full names with the group last, the DOI, MeSH and keywords', () => {
    expect(records[0]).toMatchObject({
      title: 'Oxytocin massage and Moringa oleifera supplementation for milk supply in postpartum mothers: a randomised trial.',
      authors: ['Lestari, Ayu', 'Wulandari, Rina', 'Santoso, BA', 'Indonesian Breastfeeding Study Group'],
      year: 2022,
      journal: 'Nutrients',
      volume: '14',
      issue: '15',
      pages: '3091',
      doi: '10.3390/nu14153091',
      sourceId: '35957633',
      url: 'https://pubmed.ncbi.nlm.nih.gov/35957633/',
      language: 'en',
      keywords: ['Breast Feeding/methods', 'Female', 'Oxytocin/administration & dosage', 'breast milk', 'oxytocin massage'],
    });
  });

  it('gives a structured abstract one line a section, "LABEL: text", its markup as plain text', () => {
    expect(records[0].abstract).toBe(
      [
        'BACKGROUND: Low milk supply ends breastfeeding early; Moringa oleifera leaves are a traditional galactagogue.',
        'METHODS: Mothers (n = 120) were randomised; milk volume was measured at day 7 (p < 0.05; 103 cells/mL).',
        'RESULTS: Volume rose by 32% with both interventions.',
        'CONCLUSIONS: Massage with supplementation helps mothers in the first week.',
      ].join('\n'),
    );
  });

  it("reads MedlineDate, MedlinePgn and the title in the article's own language", () => {
    expect(records[1]).toMatchObject({
      title: 'Oxytocin massage and breast milk production in postpartum mothers in Yogyakarta.',
      originalTitle: 'Pijat oksitosin dan produksi ASI pada ibu nifas di Yogyakarta.',
      year: 2019,
      pages: '45-52',
      language: 'id',
    });
  });

  it('"[Not Available]." gives way to the vernacular title; StartPage and EndPage make the pages', () => {
    expect(records[2]).toMatchObject({ title: 'Dukungan suami dan keberhasilan ASI eksklusif.', pages: '101-109', journal: 'Jurnal Ners' });
    expect(records[2].originalTitle).toBeUndefined();
  });

  it("reads a book chapter: the book is the journal, the chapter's authors, the book's date", () => {
    expect(records[3]).toMatchObject({ title: 'Physiology, Lactation', journal: 'StatPearls', authors: ['Pillay, Jennifer', 'Davis, Tracy J'], year: 2025 });
    expect(records[3].abstract).toMatch(/^Lactation is the production of milk/);
  });

  it('never reads the PMIDs or DOIs of references, errata or comments', () => {
    const all = JSON.stringify(records);
    for (const other of ['36678888', '26869575', '10.1016/s0140-6736']) expect(all).not.toContain(other);
  });

  it('gives records ArticleSchema accepts as they are', () => {
    for (const r of records) expect(ArticleSchema.parse(r)).toEqual(r);
  });

  it('takes the DOI from ArticleIdList when there is no ELocationID, and skips an author PubMed marks invalid', () => {
    const xml = set(
      `<PubmedArticle><MedlineCitation><PMID Version="1">29000001</PMID><Article><ArticleTitle>Kangaroo care.</ArticleTitle>` +
        `<AuthorList><Author ValidYN="N"><LastName>Wrong</LastName></Author><Author><LastName>Right</LastName><Initials>A</Initials></Author></AuthorList></Article></MedlineCitation>` +
        `<PubmedData><ArticleIdList><ArticleId IdType="pmc">PMC1234567</ArticleId><ArticleId IdType="doi">10.1000/KC.1</ArticleId></ArticleIdList></PubmedData></PubmedArticle>`,
    );
    expect(oneRecord(xml)).toMatchObject({ doi: '10.1000/kc.1', authors: ['Right, A'], pmid: '29000001' });
  });

  it('reads a file named .ris or .txt by its content, and a file without a declaration', () => {
    expect(parseBibliography(set(article('<ArticleTitle>A title.</ArticleTitle>')), 'pubmed.ris').format).toBe('pubmed-xml');
    expect(parseBibliography(`<PubmedArticleSet>${article('<ArticleTitle>A title.</ArticleTitle>')}</PubmedArticleSet>`).records).toHaveLength(1);
  });

  it('reads a lone <PubmedArticle> as a file of one record, with no warning', () => {
    const { records, warnings } = parseBibliography(`<?xml version="1.0" ?>\n${article('<ArticleTitle>Alone.</ArticleTitle>')}\n`, 'one.xml');
    expect([records.length, warnings]).toEqual([1, []]);
  });

  it('an empty ArticleTitle gives way to the vernacular title', () => {
    const a = oneRecord(set(article('<ArticleTitle/><Language>ind</Language><VernacularTitle>Pijat oksitosin pada ibu nifas.</VernacularTitle>')));
    expect([a.title, a.originalTitle]).toEqual(['Pijat oksitosin pada ibu nifas.', undefined]);
  });

  it('skips a record without a title, naming it and its line', () => {
    const { records, warnings } = parseBibliography(set(article('<ArticleTitle>First.</ArticleTitle>'), article('<Language>eng</Language>', '30000002')));
    expect(records).toHaveLength(1);
    expect(warnings).toEqual(['line 4 (record 2): record without a title skipped']);
  });
});
