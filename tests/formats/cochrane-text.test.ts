// The Cochrane Library's plain-text export (lib/formats/cochrane-text.ts), of CENTRAL's trials and of
// Cochrane reviews: "Record #n of N" alone on a line, then "TAG: value" lines (the layout
// bibliometrix's cochrane2df reads). Its ids follow the rules of the Cochrane Library's RIS: the CN-
// id is the source id, a "PUBMED 123" cross-reference the PMID (never the EMBASE number), the CENTRAL
// DOI 10.1002/central/CN-… no DOI, a review's 10.1002/14651858.CD….pubN its DOI.
import { describe, expect, it } from 'vitest';
import { parseBibliography, sniffFormat } from '../../lib/formats';
import { parseCochraneText } from '../../lib/formats/cochrane-text';
import { formatError } from './helpers';

const TRIAL = [
  'Record #1 of 3',
  'ID: CN-02012345',
  'AU: Sari DA',
  'AU: Putra A',
  'TI: Oxytocin massage and breast milk production in postpartum mothers: a randomised trial',
  'SO: Jurnal Kebidanan',
  'YR: 2020',
  'VL: 8',
  'NO: 2',
  'PG: 101-110',
  'XR: PUBMED 31999999,EMBASE 2004123456',
  'PT: Journal Article; Randomized Controlled Trial',
  'KY: *Breast Feeding; *Massage; Lactation [*physiology]; Female; Humans',
  'DOI: 10.1002/central/CN-02012345',
  'DOI: 10.1186/s12884-020-03000-1',
  'AB: Background: Many mothers produce too little milk. Methods: 60 mothers were randomised.',
  'US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full',
  'CC: HM-PREG',
];
const REVIEW = [
  'Record #2 of 3',
  'ID: CD003519.PUB4',
  'AU: Lestari SR',
  'AU: Wulandari R',
  'TI: Interventions for increasing breast milk supply',
  'SO: Cochrane Database of Systematic Reviews',
  'YR: 2019',
  'NO: 3',
  'PB: John Wiley & Sons, Ltd',
  'KY: Breast Feeding; Lactation',
  'DOI: 10.1002/14651858.CD003519.pub4',
  'AB: Background Breast milk production is often low.',
  'US: https://doi.org/10.1002/14651858.CD003519.pub4',
];
const NO_TITLE = ['Record #3 of 3', 'ID: CN-02099999', 'AU: Sari DA', 'SO: Midwifery', 'YR: 2021'];
const FILE = [...TRIAL, '', ...REVIEW, '', ...NO_TITLE, ''];

describe('the Cochrane Library plain-text export', () => {
  it('is read as a format of its own, named so', () => {
    const { format, records, warnings } = parseBibliography(FILE.join('\n'), 'citation-export.txt');
    expect(format).toBe('cochrane-text');
    expect(records.map((r) => r.title)).toEqual([TRIAL[4].slice(4), REVIEW[4].slice(4)]);
    expect(warnings).toEqual(['line 34: record without a title skipped']);
  });

  it("reads a CENTRAL trial's fields, its PMID from PUBMED (not EMBASE), its CN- id, and the article's own DOI", () => {
    const [trial] = parseCochraneText(FILE.join('\n')).records;
    expect(trial).toMatchObject({
      authors: ['Sari DA', 'Putra A'],
      year: 2020,
      journal: 'Jurnal Kebidanan',
      volume: '8',
      issue: '2',
      pages: '101-110',
      pmid: '31999999',
      doi: '10.1186/s12884-020-03000-1',
      sourceId: 'CN-02012345',
      keywords: ['Breast Feeding', 'Massage', 'Lactation [physiology]', 'Female', 'Humans'],
      url: 'https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full',
    });
    expect(trial.abstract).toContain('60 mothers were randomised.');
  });

  it("reads a review's DOI and its number with its version as the source id", () => {
    const [, review] = parseCochraneText(FILE.join('\n')).records;
    expect(review).toMatchObject({ doi: '10.1002/14651858.cd003519.pub4', sourceId: 'CD003519.pub4', year: 2019, journal: 'Cochrane Database of Systematic Reviews', issue: '3' });
    expect(review.pmid).toBeUndefined();
  });

  it('takes no DOI from the CENTRAL record id, and no PMID from an EMBASE number alone', () => {
    const page = 'US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02654321/full';
    const text = ['Record #1 of 1', 'ID: CN-02654321', 'TI: A trial', 'XR: EMBASE 2029064766', 'DOI: 10.1002/central/CN-02654321', page].join('\n');
    const [trial] = parseCochraneText(text).records;
    expect([trial.doi, trial.pmid, trial.sourceId]).toEqual([undefined, undefined, 'CN-02654321']);
    // No ID line: the CN- id of the record's page.
    expect(parseCochraneText(['Record #1 of 1', 'TI: A trial', page].join('\n')).records[0].sourceId).toBe('CN-02654321');
  });

  it('reads the same records with Windows line ends and a byte-order mark', () => {
    const plain = parseBibliography(FILE.join('\n')).records;
    const windows = parseBibliography(`\uFEFF${FILE.join('\r\n')}`);
    expect(windows.format).toBe('cochrane-text');
    expect(windows.records).toEqual(plain);
  });

  it('keeps a line without a tag as more of the field before it, an abstract as its next paragraph', () => {
    const text = ['Record #1 of 1', 'TI: Back massage after caesarean', 'birth: a pilot trial', 'AB: Background', 'Pain after caesarean birth is common.', 'YR: 2021'].join('\n');
    const [record] = parseCochraneText(text).records;
    expect(record.title).toBe('Back massage after caesarean birth: a pilot trial');
    expect(record.abstract).toBe('Background\nPain after caesarean birth is common.');
  });

  it('reads "Record #n of N" inside an abstract as its text, not as a new record', () => {
    const text = ['Record #1 of 2', 'TI: First', 'AB: We counted the forms.', 'Record #2 of 5', 'was the last one filled in.', 'Record #2 of 2', 'TI: Second'].join('\n');
    const { records } = parseCochraneText(text);
    expect(records.map((r) => r.title)).toEqual(['First', 'Second']);
    expect(records[0].abstract).toContain('Record #2 of 5');
  });

  it('reads a "Record #n of N" line with fields after it as a record, whatever its number (records taken out by hand)', () => {
    const text = ['Record #1 of 25', 'TI: First', 'AB: We counted the forms.', '', 'Record #7 of 25', 'ID: CN-02012345', 'TI: Seventh'].join('\n');
    const { records, warnings } = parseCochraneText(text);
    expect(records.map((r) => [r.title, r.sourceId])).toEqual([
      ['First', undefined],
      ['Seventh', 'CN-02012345'],
    ]);
    expect(records[0].abstract).toBe('We counted the forms.');
    expect(warnings).toEqual(['line 5: the file ends at record 7 of 25: it may be truncated — export the file again to get the rest']);
  });

  it('reads a line that opens with capitals and a colon inside an abstract as its text, not a field', () => {
    const text = [
      'Record #1 of 1',
      'TI: Oxytocin massage',
      'AB: BACKGROUND: Low milk supply.',
      'AIM: To assess massage.',
      'RR: 1.45, 95% CI 1.1 to 1.9.',
      'US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full',
    ].join('\n');
    const [record] = parseCochraneText(text).records;
    expect(record.abstract).toContain('AIM: To assess massage.');
    expect(record.abstract).toContain('RR: 1.45, 95% CI 1.1 to 1.9.');
    expect(record.url).toBe('https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full');
  });

  it('adds no stray line after a link or an id to it (a search summary after the last record)', () => {
    const text = [
      'Record #1 of 1',
      'TI: Oxytocin massage',
      'US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full',
      '',
      'Search Name: oxytocin',
      'Date Run: 03/12/2026',
    ].join('\n');
    const [record] = parseCochraneText(text).records;
    expect([record.url, record.sourceId]).toEqual(['https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full', 'CN-02012345']);
  });

  it('says a record cut off after its first line has no title, and loses no field of the record before', () => {
    const { records, warnings } = parseBibliography([...TRIAL, '', 'Record #2 of 3', ''].join('\n'));
    expect(records[0].url).toBe('https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02012345/full');
    expect(warnings).toEqual(['line 20: record without a title skipped', 'line 20: the file ends at record 2 of 3: it may be truncated — export the file again to get the rest']);
  });

  it('says when the file stops before its last numbered record, and keeps the cut record when it has a title', () => {
    const cut = [...TRIAL, '', ...REVIEW.slice(0, 6)].join('\n');
    const { records, warnings } = parseBibliography(cut);
    expect(records.map((r) => r.sourceId)).toEqual(['CN-02012345', 'CD003519.pub4']);
    expect(warnings).toEqual(['line 20: the file ends at record 2 of 3: it may be truncated — export the file again to get the rest']);
  });

  it('parts authors written on one line with ";", and drops a trial registration number given as the author', () => {
    const text = ['Record #1 of 1', 'AU: Sari DA; Putra A', 'AU: NCT03456789', 'TI: A registered trial'].join('\n');
    expect(parseCochraneText(text).records[0].authors).toEqual(['Sari DA', 'Putra A']);
  });
});

describe('which files are the Cochrane plain text', () => {
  it('one whose first line is "Record #1 of N" alone and fields follow, whatever stands before', () => {
    const lines = ['Record #1 of 2', 'ID: CN-01234567', 'AU: Sari D', 'TI: Pijat oksitosin', '', 'Record #2 of 2', 'ID: CD012345', 'TI: Back massage'];
    const headed = ['Cochrane Library', 'Search: oxytocin', ...lines.map((line) => line.replace(' of 2', ' of 1,234'))].join('\n');
    for (const text of [lines.join('\n'), `\uFEFF${lines.join('\r\n')}`, `\r\n\r\n${lines.join('\r\n')}`, lines.join('\n').replace('Record #1 of 2', 'Record #1 of 2  '), headed]) {
      expect(sniffFormat(text), JSON.stringify(text.slice(0, 20))).toBe('cochrane-text');
    }
  });

  it('RIS with a header before each record is read as RIS', () => {
    const ris = [
      'Record #1 of 2',
      'Provider: Provider',
      'Content: text/plain; charset="UTF-8"',
      '1.',
      'TY  - JOUR',
      'T1  - Title of reference',
      'A1  - Marx, Karl',
      'ER  - ',
      '',
      'Record #2 of 2',
      'Provider: Provider',
      'Content: text/plain; charset="UTF-8"',
      '',
      'TY  - JOUR',
      'T1  - Another title',
      'ER  - ',
      '',
    ].join('\n');
    const { format, records } = parseBibliography(`\uFEFF${ris}`, 'export.ris');
    expect([format, records.map((r) => r.title)]).toEqual(['ris', ['Title of reference', 'Another title']]);
  });

  it("the Cochrane Library's BibTeX is read as BibTeX", () => {
    const bib = 'Record #1 of 1\r\n@article{Sari21,\r\nauthor = {Sari, DA},\r\ntitle = {Oxytocin massage},\r\nyear = {2021}\r\n}\r\n';
    expect(parseBibliography(bib, 'citation-export.bib').format).toBe('bibtex');
  });

  it('a table whose first cell says "Record #1 of 2", or a "Record #1" line with no fields after it, is not', () => {
    expect(formatError('Record #1 of 2\tTitle\tYear\nx\tPijat oksitosin\t2020\n', 'table.txt').message).not.toMatch(/Cochrane/);
    expect(() => sniffFormat('Record #1 of 2\nSome notes about the search.\n')).toThrow();
    // A memo's "TO:" and "RE:" are no record's fields.
    expect(() => sniffFormat('Record #1 of 2\nTO: Bob\nRE: the trial\nPlease see the attached notes.\n')).toThrow();
  });
});
