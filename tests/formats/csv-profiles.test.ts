// CSV exports of review tools and scholarly indexes (lib/formats/csv-profiles-more.ts), with
// small inline tables in each export's own columns.
import { describe, expect, it } from 'vitest';
import { CsvMappingRequiredError, guessColumnMapping, parseBibliography } from '../../lib/formats';

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
