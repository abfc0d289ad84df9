// RIS tags glued onto the end of the line before them (lib/formats/ris-glued.ts): Scopus cuts its
// reference list and writes "…American Psychiatric PubUR  - https://…" on one line; Web of Science
// writes "WE  - Social Science Citation Index (SSCI)AN  - WOS:…". A glued tag whose value has a
// link's, a DOI's or an accession number's shape, or an ER closing the record, starts its own
// field; a tag followed by prose stays text ("FEV1  - 12%", "PD-L1  - positive", "H1N1  - infected").
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseBibliographyBytes } from '../../lib/formats';
import { HAS_SHARED, oneRecord, sharedBytes } from './helpers';

if (!HAS_SHARED) console.warn('skipped: ../shared/fixtures not found (the glued Scopus record of asreview_scopus.ris)');

const SCOPUS_LINK = 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85000000001&doi=10.1016%2fj.jpsychores.2019.109836&partnerID=40&md5=0123456789abcdef';

/** A Scopus record whose reference list (N1 continuation lines) ends in `lastReference`, then "ER  - ". */
const scopus = (lastReference: string, title = 'Symptom activity in irritable bowel syndrome') =>
  [
    'TY  - JOUR',
    `TI  - ${title}`,
    'T2  - Journal of Psychosomatic Research',
    'PY  - 2019',
    'DO  - 10.1016/j.jpsychores.2019.109836',
    'AU  - Berens, S.',
    'DB  - Scopus',
    'N1  - References: Canavan, C., West, J., Card, T., The epidemiology of irritable bowel syndrome (2014) Clin. Epidemiol., 6, pp. 71-80;',
    'Farrokhyar, F., Marshall, J.K., Functional gastrointestinal disorders and mood disorders (2006) Inflamm. Bowel Dis., 12 (1), pp. 38-46;',
    lastReference,
    'ER  - ',
    '',
  ].join('\n');

/** A Web of Science record (no UR, its id in AN) whose WE line is `we`. */
const wos = (we: string) =>
  [
    'TY  - JOUR',
    'AU  - Berens, S',
    'TI  - Symptom activity in irritable bowel syndrome',
    'T2  - JOURNAL OF PSYCHOSOMATIC RESEARCH',
    'PY  - 2019',
    `WE  - ${we}`,
    'ER  - ',
    '',
  ].join('\n');

/** A record without UR or AN (so it is searched for glued tags) whose abstract is `abstract`. */
const endnote = (abstract: string, title = 'Lung function after the intervention') =>
  ['TY  - JOUR', `TI  - ${title}`, 'AU  - Smith, John', 'PY  - 2020', `AB  - ${abstract}`, 'ER  - ', ''].join('\n');

describe('RIS: a tag glued onto the line before it starts its own field', () => {
  it('Scopus: the link glued to the cut reference list is the record link, and its EID the source id', () => {
    const record = oneRecord(scopus(`Association AAP, Diagnostic and Statistical Manual of Mental Disorders (DSM-5®) (2013), American Psychiatric PubUR  - ${SCOPUS_LINK}`));
    expect(record.url).toBe(SCOPUS_LINK);
    expect(record.sourceId).toBe('2-s2.0-85000000001');
    expect(record.doi).toBe('10.1016/j.jpsychores.2019.109836');
  });

  it('Scopus: the same with a space before the glued tag, with CRLF line breaks, and the next record untouched', () => {
    const glued = scopus(`American Psychiatric Pub UR  - ${SCOPUS_LINK}`).replace(/\n/g, '\r\n');
    const next = scopus('Halpin, S.J., Ford, A.C., Prevalence (2012) Am. J. Gastroenterol., 107 (10);', 'A second record').replace(
      'ER  - ',
      `UR  - ${SCOPUS_LINK.replace('85000000001', '85000000002')}\nER  - `,
    );
    const { records, warnings } = parseBibliography(glued + next, 'scopus.ris');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.sourceId)).toEqual(['2-s2.0-85000000001', '2-s2.0-85000000002']);
  });

  it('Web of Science: the accession number glued to WE is the source id, and WE keeps its edition', () => {
    expect(oneRecord(wos('Social Science Citation Index (SSCI)AN  - WOS:000123456700001')).sourceId).toBe('WOS:000123456700001');
  });

  it('several glued tags on one line: each starts a field', () => {
    const record = oneRecord(wos('Social Science Citation Index (SSCI)AN  - WOS:000123456700001UR  - https://example.org/record/1'));
    expect(record.sourceId).toBe('WOS:000123456700001');
    expect(record.url).toBe('https://example.org/record/1');
    const apart = oneRecord(wos('Social Science Citation Index (SSCI)DO  - 10.1000/xyz123 AN  - WOS:000123456700001'));
    expect(apart.sourceId).toBe('WOS:000123456700001');
    expect(apart.doi).toBe('10.1000/xyz123');
  });

  it('a DOI glued to the end of an abstract, in a record without UR or AN', () => {
    const record = oneRecord(endnote('Lung function improved in the intervention group.DO  - 10.1016/j.rmed.2020.105999'));
    expect(record.doi).toBe('10.1016/j.rmed.2020.105999');
    expect(record.abstract).toBe('Lung function improved in the intervention group.');
  });

  it('a link glued to an abstract continuation line (Zotero, Mendeley write an abstract over several lines)', () => {
    const text = endnote('Background: lung function.\nResults: it improved.UR  - https://example.org/article/7');
    const record = oneRecord(text);
    expect(record.url).toBe('https://example.org/article/7');
    expect(record.abstract).toBe('Background: lung function.\nResults: it improved.');
  });

  it('an ER glued to the record’s last line ends the record: before the next TY, and at the file’s end without a warning', () => {
    const first = ['TY  - JOUR', 'TI  - First record', 'UR  - https://example.org/1ER  -', 'TY  - JOUR', 'TI  - Second record', 'UR  - https://example.org/2ER  - '].join('\n');
    const { records, warnings } = parseBibliography(first, 'x.ris');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.url)).toEqual(['https://example.org/1', 'https://example.org/2']);
  });
});

describe('RIS: "XX  - " inside a value that is no glued tag stays text', () => {
  // Each record has no UR and no AN, so it is searched; with a link glued after the text the
  // record is read again, split, and the rule itself refuses the text.
  it.each([
    ['a tag that is no RIS tag', 'FEV1  - 12% higher after the intervention'],
    ['a link tag followed by prose', 'PD-L1  - positive tumours responded'],
    ['a tag that holds prose (N1)', 'patients H1N1  - infected were excluded'],
    ['lower case', 'in phase  - I of the trial'],
    ['an accession tag followed by prose', 'HUMAN  - 12 patients'],
    ['an accession tag followed by digits and prose', 'CAN  - 123456 were screened'],
    ['a DOI tag followed by prose', 'PRODO  - 10 patients'],
    ['a DOI tag followed by a number', 'PRODO  - 10.5 mg'],
    ['a link tag followed by a hyphen', 'USE OF UR  -http://example.org'],
    ['a hyphen right after the dash', 'USE OF SOLVENT DO  -10.1000/xyz'],
    ['ER followed by text', 'BREAST CANCER  - A REVIEW'],
    ['a year after PY', 'GENE THERAPY  - 2019 UPDATE'],
    ['a title after TI', 'HAITI  - Earthquake survivors'],
  ])('%s: "%s"', (_, text) => {
    const collapsed = `Lung function was measured. ${text.replace(/ +/g, ' ')}`; // spaces are collapsed in every value
    const alone = oneRecord(endnote(`Lung function was measured. ${text}`));
    expect(alone.abstract).toBe(collapsed);
    expect([alone.url, alone.doi, alone.sourceId]).toEqual(['', undefined, undefined]);
    const split = oneRecord(endnote(`Lung function was measured. ${text}UR  - https://example.org/article/7`));
    expect(split.abstract).toBe(collapsed);
    expect([split.url, split.doi, split.sourceId]).toEqual(['https://example.org/article/7', undefined, undefined]);
  });

  it('ER at a line’s end with more of the record after it (a title wrapped at its dash) is text', () => {
    const text = ['TY  - JOUR', 'TI  - BREAST CANCER  -', 'A REVIEW', 'AU  - Smith, John', 'ER  - ', ''].join('\n');
    const record = oneRecord(text);
    expect(record.title).toMatch(/^BREAST CANCER +- A REVIEW$/);
    expect(record.authors).toEqual(['Smith, John']);
  });

  it('a record with its UR or AN is not searched (the cost rule): a DOI glued in it stays where it is', () => {
    const text = endnote('Lung function improved.DO  - 10.1016/j.rmed.2020.105999').replace('ER  - ', 'UR  - https://example.org/1\nER  - ');
    expect(oneRecord(text).doi).toBeUndefined();
  });
});

describe.skipIf(!HAS_SHARED)('RIS glued tags in a real export (../shared/fixtures/exports)', () => {
  it('asreview_scopus.ris: the record whose link Scopus glued to its references gets it; the next record keeps its own', () => {
    const { records } = parseBibliographyBytes(sharedBytes('exports/asreview_scopus.ris'), 'asreview_scopus.ris');
    const byTitle = (start: string) => records.find((r) => r.title.startsWith(start))!;
    const glued = byTitle('Does symptom activity explain psychological differences');
    expect(glued.url).toMatch(/^https:\/\/www\.scopus\.com\/inward\/record\.uri\?eid=2-s2\.0-85073159216&/);
    expect(glued.sourceId).toBe('2-s2.0-85073159216');
    expect(byTitle('Self-compassion and adjustment in epilepsy').sourceId).toBe('2-s2.0-85072655092');
  });
});
