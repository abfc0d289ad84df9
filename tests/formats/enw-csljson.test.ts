// EndNote tagged (.enw) and CSL JSON imports, and the files Saring names instead of reading
// (Excel workbooks), each with what to export instead. EndNote XML and PubMed XML, once named
// here, are read (tests/formats/endnote-xml.test.ts, pubmed-xml.test.ts).
import { describe, expect, it } from 'vitest';
import { FormatError, parseBibliography, parseBibliographyBytes } from '../../lib/formats';

const refused = (run: () => unknown): FormatError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error('the file was read');
};

// Google Scholar's "Cite → EndNote": one record, no trailing blank line.
const SCHOLAR_ENW = `%0 Journal Article
%T Pengaruh pijat oksitosin terhadap produksi ASI ibu nifas
%A Aminah, Siti
%A Santoso, Budi
%J Jurnal Ilmu Kebidanan
%V 14
%N 2
%P 101-110
%@ 2407-9189
%D 2023
%I Universitas Contoh`;

// EndNote's own export of two PubMed records: %M is the PMID there, keywords one per line.
const ENDNOTE_ENW = `%0 Journal Article
%A Lestari, Dewi
%A Indonesian KMC Study Group
%D 2022
%T Kangaroo mother care in Indonesian hospitals
%B Belitung Nurs J
%J Belitung Nursing Journal
%V 8
%N 4
%P 300-308
%R 10.33546/bnj.2145
%M 37123457
%~ PubMed
%K kangaroo care
low birth weight
%X Background: kangaroo care is
recommended for low birth weight infants.
%G eng

%0 Journal Article
%A Hidayah, Nur
%T Senam hamil dan kecemasan ibu primigravida
%J Jurnal Kebidanan
%D 2021
%U https://doi.org/10.1234/jk.v1i1.1
%M EMB-2012345
%W Embase
`;

describe('EndNote tagged (.enw)', () => {
  it("reads Google Scholar's Cite → EndNote", () => {
    const { format, records, warnings } = parseBibliography(SCHOLAR_ENW, 'scholar.enw');
    expect(format).toBe('enw');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Pengaruh pijat oksitosin terhadap produksi ASI ibu nifas',
      authors: ['Aminah, Siti', 'Santoso, Budi'],
      journal: 'Jurnal Ilmu Kebidanan',
      volume: '14',
      issue: '2',
      pages: '101-110',
      year: 2023,
    });
  });

  it("reads EndNote's records: continued lines, keyword lines, the PMID of PubMed records only", () => {
    const { records } = parseBibliography(ENDNOTE_ENW, 'library.txt');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      journal: 'Belitung Nursing Journal',
      doi: '10.33546/bnj.2145',
      pmid: '37123457',
      keywords: ['kangaroo care', 'low birth weight'],
      abstract: 'Background: kangaroo care is recommended for low birth weight infants.',
      language: 'en',
    });
    expect(records[1].pmid).toBeUndefined();
    expect(records[1].doi).toBe('10.1234/jk.v1i1.1');
  });

  it('skips a record without a title, with its line, and reads a file cut short', () => {
    const text = `%0 Journal Article\n%A Aminah, Siti\n%D 2020\n\n${SCHOLAR_ENW}\n\n%0 Journal Article\n%T Cut short`;
    const { records, warnings } = parseBibliography(text, 'cut.enw');
    expect(records.map((r) => r.title)).toEqual(['Pengaruh pijat oksitosin terhadap produksi ASI ibu nifas', 'Cut short']);
    expect(warnings).toEqual(['line 1: record without a title skipped']);
  });

  it("keeps an abstract's paragraphs, split by a blank line, in its record", () => {
    const text = `%0 Journal Article\n%T Pijat oksitosin\n%X Latar belakang: ASI kurang.\n\nMetode: kuasi eksperimen.\n%K ASI\n%D 2022\n\n${SCHOLAR_ENW}`;
    const { records, warnings } = parseBibliography(text, 'paragraphs.enw');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ year: 2022, keywords: ['ASI'] });
    expect(records[0].abstract).toMatch(/^Latar belakang: ASI kurang\.\s+Metode: kuasi eksperimen\.$/);
  });

  it('still parts records that start without "%0" at a blank line', () => {
    const { records } = parseBibliography('%0 Journal Article\n%T Satu\n%D 2020\n\n%T Dua\n%A Aminah, Siti\n%D 2021\n', 'refer.enw');
    expect(records.map((r) => r.title)).toEqual(['Satu', 'Dua']);
  });
});

const ZOTERO_CSL = JSON.stringify(
  [
    {
      id: 'http://zotero.org/users/1/items/AB12',
      type: 'article-journal',
      title: 'Pengaruh pijat oksitosin terhadap produksi ASI',
      'container-title': 'Jurnal Ilmu Kebidanan',
      volume: '14',
      issue: 2,
      page: '101-110',
      abstract: '<jats:p>Latar belakang: produksi ASI rendah.</jats:p>',
      DOI: '10.36419/jki.v14i2.789',
      PMID: '37123456',
      keyword: 'ASI eksklusif, ibu nifas, pijat',
      language: 'id',
      author: [{ family: 'Aminah', given: 'Siti' }, { literal: 'Indonesian KMC Study Group' }],
      issued: { 'date-parts': [[2023, 6, 30]] },
    },
    { type: 'article-journal', title: 'Online first', issued: { raw: '2024' }, number: 'e2145', 'container-title': ['BMC Nursing'] },
  ],
  null,
  2,
);

describe('CSL JSON', () => {
  it("reads Zotero's CSL JSON export", () => {
    const { format, records, warnings } = parseBibliography(ZOTERO_CSL, 'Exported Items.json');
    expect(format).toBe('csljson');
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      title: 'Pengaruh pijat oksitosin terhadap produksi ASI',
      authors: ['Aminah, Siti', 'Indonesian KMC Study Group'],
      year: 2023,
      journal: 'Jurnal Ilmu Kebidanan',
      issue: '2',
      pages: '101-110',
      doi: '10.36419/jki.v14i2.789',
      pmid: '37123456',
      abstract: 'Latar belakang: produksi ASI rendah.',
      keywords: ['ASI eksklusif', 'ibu nifas', 'pijat'],
    });
    expect(records[1]).toMatchObject({ year: 2024, journal: 'BMC Nursing', pages: 'e2145' });
  });

  it('reads one item (doi.org content negotiation) and names items that are not CSL', () => {
    const one = JSON.stringify({ type: 'article-journal', title: 'One item', DOI: '10.1186/s12912-024-0001', author: [{ family: 'Lee', given: 'Ann' }] });
    expect(parseBibliography(one).records.map((r) => r.doi)).toEqual(['10.1186/s12912-024-0001']);
    const mixed = JSON.stringify([{ type: 'article-journal', title: 'Good' }, 'not an item', { type: 'book', title: 'Has a bad author', author: 'Lee' }]);
    const { records, warnings } = parseBibliography(mixed, 'mixed.json');
    expect(records.map((r) => r.title)).toEqual(['Good']);
    expect(warnings).toEqual(['item 2 is not a CSL item (shape): skipped', 'item 3 is not a CSL item (author): skipped']);
  });

  it('says where broken JSON breaks, and what JSON of another kind is', () => {
    const broken = ZOTERO_CSL.slice(0, ZOTERO_CSL.indexOf('"volume"') + 12);
    const error = refused(() => parseBibliography(broken, 'cut.json'));
    expect(error.message).toMatch(/^line \d+: "cut\.json" is not valid JSON/);
    expect(error.line).toBeGreaterThan(3);
    const pkg = refused(() => parseBibliography(JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} }), 'package.json'));
    expect(pkg.code).toBe('unknown-format');
    expect(pkg.message).toMatch(/is JSON, but not CSL JSON/);
    expect(refused(() => parseBibliography('[]', 'empty.json')).code).toBe('unknown-format');
    expect(refused(() => parseBibliography(JSON.stringify([{ type: 'dataset', author: [] }]), 'x.json')).message).toMatch(/JSON, but not CSL JSON/);
  });
});

describe('files Saring names instead of reading', () => {
  it('EndNote XML and PubMed XML, once refused, are read: a record without a title is skipped with a warning', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><ref-type name="Journal Article">17</ref-type></record></records></xml>';
    const endnote = parseBibliography(xml, 'library.xml');
    expect([endnote.format, endnote.records]).toEqual(['endnote-xml', []]);
    expect(endnote.warnings).toContain('record 1: record without a title skipped');
    const pubmed =
      '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "x.dtd">\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>';
    const read = parseBibliography(pubmed, 'pubmed.xml');
    expect([read.format, read.records]).toEqual(['pubmed-xml', []]);
    expect(read.warnings).toContain('line 3 (record 1): record without a title skipped');
  });

  it('Excel workbooks, old and new, say to save as CSV', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...Buffer.from('Workbook')]);
    expect(refused(() => parseBibliographyBytes(xls, 'savedrecs.xls')).message).toMatch(/Excel workbook \(\.xls\): .*CSV UTF-8/);
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...Buffer.from('\u0000\u0000[Content_Types].xml')]);
    expect(refused(() => parseBibliographyBytes(xlsx, 'scopus.xlsx')).message).toMatch(/Excel workbook \(\.xlsx\)/);
  });
});

describe('CSL JSON pages', () => {
  it('reads "page-first" when an item has no "page"', () => {
    const item = {
      id: 'a',
      type: 'article-journal',
      title: 'Kangaroo care at home',
      author: [{ family: 'Sari', given: 'Ani' }],
      'page-first': '45',
      issued: { 'date-parts': [[2020]] },
    };
    expect(parseBibliography(JSON.stringify([item]), 'items.json').records[0].pages).toBe('45');
    expect(parseBibliography(JSON.stringify([{ ...item, page: '45-52' }]), 'items.json').records[0].pages).toBe('45-52');
  });
});
