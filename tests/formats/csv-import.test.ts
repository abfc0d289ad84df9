import { describe, expect, it } from 'vitest';
import { CsvMappingRequiredError, FormatError, guessColumnMapping, parseBibliography, parseCsvWithMapping } from '../../lib/formats';
import { core, fixture } from './helpers';

const csv = (name: string) => parseBibliography(fixture(`csv/${name}`), name);

describe('CSV of known exports', () => {
  it('PubMed: comma-separated authors, volume/issue/pages from the citation, PubMed link', () => {
    const { format, dialect, records, warnings } = csv('pubmed.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'pubmed', []]);
    expect(core(records[0])).toEqual({
      title: 'Outcomes of inflammatory bowel disease surgery in obese versus non-obese patients: a meta-analysis.',
      author: 'Hicks G',
      year: 2019,
      doi: '10.1007/s10151-019-02080-0',
      pmid: '31531818',
      journal: 'Tech Coloproctol',
    });
    expect(records[0].authors).toEqual(['Hicks G', 'Abdulaal A', 'Slesser AAP', 'Mohsen Y']);
    expect(records[0]).toMatchObject({ volume: '23', issue: '10', pages: '947-955', url: 'https://pubmed.ncbi.nlm.nih.gov/31531818/' });
    expect(records[1]).toMatchObject({ pages: 'e16881', volume: '98', issue: '33' });
  });

  it('Scopus 2024: "; " authors, both keyword columns, PubMed ID, EID', () => {
    const { dialect, records } = csv('scopus-2024.csv');
    expect(dialect).toBe('scopus-2024');
    expect(core(records[0])).toEqual({
      title: 'Global latitudinal gradients and the evolution of body size in dinosaurs and mammals',
      author: 'Wilson L.N.',
      year: 2024,
      doi: '10.1038/s41467-024-46843-2',
      pmid: '38580657',
      journal: 'Nature Communications',
    });
    expect(records[0].keywords).toEqual(['Animals', 'Body Size', 'Dinosaurs']);
    expect(records[0].sourceId).toBe('2-s2.0-85189760133');
    expect(records[1]).toMatchObject({ pages: '308-329', keywords: ['body mass', 'dinosaur'] });
  });

  it('Scopus 2019 and 2018: ", " authors, "[No author name available]"', () => {
    const s19 = csv('scopus-2019.csv');
    expect(s19.dialect).toBe('scopus-2019');
    expect(s19.records[0].authors).toEqual(['Craig C.', 'Mazerolle M.J.', 'Villard M.-A.']);
    expect(s19.records[0]).toMatchObject({ pages: '134-141', doi: '10.1016/j.foreco.2019.02.016', year: 2019 });
    expect(s19.records[1].authors).toEqual([]);
    expect(s19.records[1].year).toBe(1984);
    const s18 = csv('scopus-2018.csv');
    expect(s18.dialect).toBe('scopus-2018');
    expect(core(s18.records[0])).toMatchObject({ author: 'Hutto R.L.', doi: '10.1071/wf15228', journal: 'International Journal of Wildland Fire' });
  });

  it('Google Scholar "My library" and Publish or Perish', () => {
    const gs = csv('google-scholar.csv');
    expect(gs.dialect).toBe('google-scholar');
    expect(gs.records[1].authors).toEqual(['Benson, Roger BJ', 'Hunt, Gene', 'Campione, Nicolás']);
    expect(gs.records[0]).toMatchObject({ journal: 'Biological Reviews', volume: '76', issue: '3', pages: '411-447', year: 2001 });
    const pop = csv('publish-or-perish.csv');
    expect(pop.dialect).toBe('google-scholar-pop');
    expect(pop.records[0]).toMatchObject({ authors: ['J Smith', 'A Doe'], doi: '10.1002/jrsm.1234', pages: '120-131', journal: 'Research Synthesis Methods' });
  });

  it('Embase: the "Source" citation split into journal, year, volume, issue, pages; DOI from the SFX link', () => {
    const { dialect, records } = csv('embase.csv');
    expect(dialect).toBe('embase');
    expect(core(records[0])).toEqual({
      title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
      author: 'Liu R.',
      year: 2014,
      doi: '10.4103/2303-9027.138783',
      pmid: undefined,
      journal: 'Endoscopic Ultrasound',
    });
    expect(records[0]).toMatchObject({ volume: '3', issue: '3', pages: '152-160' });
    expect(records[0].keywords).toEqual(['article', 'bronchogenic duplication cyst (diagnosis, surgery)', 'colonoscopy']);
    expect(records[1]).toMatchObject({ volume: '54', pages: '83-86', year: 2019, doi: '10.1016/j.ijscr.2018.11.060' });
  });

  it('Rayyan: " and " authors, key as source id', () => {
    const { dialect, records } = csv('rayyan.csv');
    expect(dialect).toBe('rayyan');
    expect(records[0].authors).toEqual(['Abdallah, M. S.', 'Kosiborod, M.', 'Tang, F.']);
    expect(records[0]).toMatchObject({ sourceId: 'rayyan-264552996', doi: '10.1016/j.amjcard.2013.12.040', keywords: ['Diabetes', 'Statins'] });
    expect(records[1].authors).toEqual([]);
  });
});

describe('CSV with unknown columns', () => {
  it('asks for a mapping: a FormatError carrying the headers and a guess', () => {
    let error: unknown;
    try {
      csv('unknown.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvMappingRequiredError);
    expect(error).toBeInstanceOf(FormatError);
    const e = error as CsvMappingRequiredError;
    expect(e.code).toBe('csv-mapping-required');
    expect(e.headers).toEqual(['Paper name', 'Writers', 'When', 'Where published']);
    expect(e.delimiter).toBe(';');
    expect(e.message).toContain('Paper name');
  });

  it('parses with the mapping the user confirmed', () => {
    const mapping = { title: 'Paper name', authors: 'Writers', year: 'When', journal: 'Where published' };
    const { records, warnings, dialect } = parseCsvWithMapping(fixture('csv/unknown.csv'), mapping);
    expect(dialect).toBe('mapped');
    expect(warnings).toEqual([]);
    expect(records).toEqual([{ title: 'A study of things', authors: ['Doe, J.'], year: 2020, journal: 'Some Journal', url: '', source: 'import' }]);
  });

  it('refuses a mapping without a title column and warns about columns not in the file', () => {
    expect(() => parseCsvWithMapping('a,b\n1,2\n', { authors: 'a' })).toThrow(FormatError);
    const { warnings } = parseCsvWithMapping('Title,b\nX,2\n', { title: 'Title', doi: 'DOI' });
    expect(warnings).toEqual(['column "DOI" (doi) is not in the file']);
  });

  it('guesses columns by name, whatever the case and punctuation', () => {
    expect(guessColumnMapping(['Article Title', 'AUTHORS', 'Publication Year', 'Journal', 'D.O.I.', 'PubMed ID', 'Notes'])).toEqual({
      title: 'Article Title',
      authors: 'AUTHORS',
      year: 'Publication Year',
      journal: 'Journal',
      doi: 'D.O.I.',
      pmid: 'PubMed ID',
    });
  });

  it('names the line of a row without a title, across quoted line breaks', () => {
    const text = 'Title,Authors,Year\n"First, with\nline break",A B,2020\n,C D,2021\nThird,E F,2022\n';
    const { records, warnings } = parseCsvWithMapping(text, { title: 'Title', authors: 'Authors', year: 'Year' });
    expect(records.map((r) => r.title)).toEqual(['First, with line break', 'Third']);
    expect(warnings).toEqual(['line 4: record without a title skipped']);
  });
});
