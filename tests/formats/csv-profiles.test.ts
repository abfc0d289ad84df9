// CSV exports of review tools and scholarly indexes (lib/formats/csv-profiles-more.ts), with
// small inline tables in each export's own columns.
import { describe, expect, it } from 'vitest';
import { CsvMappingRequiredError, guessColumnMapping, parseBibliography, parseCsvWithMapping } from '../../lib/formats';

const COVIDENCE = 'Title,Authors,Abstract,Published Year,Published Month,Journal,Volume,Issue,Pages,Accession Number,DOI,Ref,Covidence #,Study,Notes,Tags';
const LENS =
  'Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,ISSNs,Publisher,Source Country,Author/s,Abstract,Volume,Issue Number,Start Page,End Page,Fields of Study,Keywords,MeSH Terms,Chemicals,Funding,Source URLs,External URL,PMID,DOI,Microsoft Academic ID,PMCID,Citing Patents Count,References,Citing Works Count,Is Open Access,Open Access License,Open Access Colour';

describe('Covidence CSV', () => {
  it('is recognised, with its year, its study number as source id, and no PMID from the accession number', () => {
    const row = '"Oxytocin massage and breast milk","Sari, Dewi; Lee, Ann","We randomised.",2021,Mar,Jurnal Kebidanan,12,2,45-52,142345678,10.1234/jk.2021.5,R1,#123,Sari 2021,,';
    const { dialect, records } = parseBibliography(`${COVIDENCE}\n${row}\n`, 'covidence.csv');
    expect(dialect).toBe('covidence');
    expect(records[0]).toMatchObject({ title: 'Oxytocin massage and breast milk', authors: ['Sari, Dewi', 'Lee, Ann'], year: 2021, journal: 'Jurnal Kebidanan' });
    expect(records[0]).toMatchObject({ volume: '12', issue: '2', pages: '45-52', doi: '10.1234/jk.2021.5', sourceId: 'covidence:123' });
    expect(records[0].pmid).toBeUndefined();
  });

  it('lets the column guess find "Published Year" in a file of unknown columns', () => {
    expect(guessColumnMapping(['Title', 'Published Year', 'Journal']).year).toBe('Published Year');
    expect(() => parseBibliography('Title,Published Year,Venue\nA,2020,J\n', 'other.csv')).toThrow(CsvMappingRequiredError);
  });
});

describe('Lens.org CSV', () => {
  it('is recognised: ";" authors, publication year, pages, PMID, DOI, Lens ID', () => {
    const cells = ['005-889-211-394-99X', 'Kangaroo care in low-birth-weight infants', '2020-05-01', '2020', 'journal article', 'BMC Pediatrics', '14712431', 'Springer', 'UK'];
    cells.push(
      'Dewi Sari; Ann Lee',
      'We followed infants.',
      '20',
      '1',
      '101',
      '110',
      '',
      'kangaroo care; preterm',
      'Infant, Newborn; Kangaroo-Mother Care Method',
      '',
      '',
      '',
      'https://doi.org/10.1186/x',
    );
    cells.push('32123456', '10.1186/s12887-020-02000-1', '', '', '0', '', '3', 'true', '', '');
    const { dialect, records } = parseBibliography(`${LENS}\n${cells.map((c) => `"${c}"`).join(',')}\n`, 'lens.csv');
    expect(dialect).toBe('lens');
    expect(records[0]).toMatchObject({ authors: ['Dewi Sari', 'Ann Lee'], year: 2020, journal: 'BMC Pediatrics', volume: '20', issue: '1', pages: '101-110' });
    expect(records[0]).toMatchObject({ pmid: '32123456', doi: '10.1186/s12887-020-02000-1', sourceId: '005-889-211-394-99X' });
    expect(records[0].keywords).toEqual(['kangaroo care', 'preterm', 'Infant, Newborn', 'Kangaroo-Mother Care Method']);
  });
});

const DIMENSIONS_PREAMBLE =
  '"About the data: Exported on Mar 15, 2023. Criteria: ""stunting"" in title and abstract. © 2023 Digital Science & Research Solutions Inc. All rights reserved."';
const DIMENSIONS =
  'Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,Acknowledgements,Funding,Source title,Anthology title,MeSH terms,Publication date,PubYear,Publication Date (online),Publication Date (print),Volume,Issue,Pagination,Open Access,Publication Type,Authors,Authors (Raw Affiliation),Corresponding Authors,Authors Affiliations,Research Organizations - standardized,GRID IDs,City of Research organization,State of Research organization,Country of Research organization,Funder,UIDs of supporting grants,Supporting Grants,Times cited,Recent citations,RCR,FCR,Altmetric,Source Linkout,Dimensions URL,Fields of Research (ANZSRC 2020)';
const dimensionsRow = () => {
  const cells = [
    '1',
    'pub.1149983225',
    '10.3390/nu14153077',
    '35957633',
    'PMC9371185',
    'Stunting in Indonesia',
    'We surveyed.',
    '',
    '',
    'Nutrients',
    '',
    'Child; Growth Disorders',
  ];
  cells.push('2022-07-27', '2022', '', '', '14', '15', '3077', 'All OA', 'Article', 'Sari, Dewi; Lee, Ann', '', '', '', '', '', '', '', '', '', '', '', '4', '4', '', '', '12');
  cells.push('https://www.mdpi.com/2072-6643/14/15/3077', 'https://app.dimensions.ai/details/publication/pub.1149983225', '');
  return cells.map((c) => `"${c}"`).join(',');
};

describe('Dimensions CSV', () => {
  it('is read past its one-cell "About the data" line: PubYear, ";" authors, PMID, and its own pub. id as source id', () => {
    const { format, dialect, records, warnings } = parseBibliography(`${DIMENSIONS_PREAMBLE}\n${DIMENSIONS}\n${dimensionsRow()}\n`, 'dimensions.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'dimensions', []]);
    expect(records[0]).toMatchObject({ title: 'Stunting in Indonesia', authors: ['Sari, Dewi', 'Lee, Ann'], year: 2022, journal: 'Nutrients', pages: '3077' });
    expect(records[0]).toMatchObject({ pmid: '35957633', doi: '10.3390/nu14153077', sourceId: 'pub.1149983225', keywords: ['Child', 'Growth Disorders'] });
  });

  it('skips any one-cell first line before a header, also padded with empty cells, and keeps a one-column file whole', () => {
    const scopus = 'Authors,Title,Year,Source title,EID\n"Sari D.",A trial,2020,J,2-s2.0-1\n';
    expect(parseBibliography(`My search of 12 March\n${scopus}`, 'scopus.csv').records.map((r) => r.title)).toEqual(['A trial']);
    expect(parseBibliography(`"Search: a, b",,,,\n${scopus}`, 'scopus.csv').records.map((r) => r.title)).toEqual(['A trial']);
    const titles = parseCsvWithMapping('Title\nFirst study\nSecond study\n', { title: 'Title' });
    expect(titles.records.map((r) => r.title)).toEqual(['First study', 'Second study']);
  });
});

describe('a one-cell line before a tab-delimited header', () => {
  it('is skipped, and the delimiter read from the header', () => {
    const { format, records } = parseBibliography('"Exported 2023, all fields"\nAuthors\tTitle\tYear\tSource title\tEID\nSari D.\tA trial\t2020\tJ\t2-s2.0-1\n', 'scopus.txt');
    expect([format, records.map((r) => r.title)]).toEqual(['tsv', ['A trial']]);
    const unknown = () => parseBibliography('"Criteria: a, b, c, d, e, f"\nName\tWhen\tWhere\nA\t2020\tJ\n', 'other.txt');
    expect(unknown).toThrow(expect.objectContaining({ delimiter: '\t', headers: ['Name', 'When', 'Where'] }));
  });
});
