// Embase's CSV export has a second layout, "fields by row": one line per field, its label in the
// first cell ("TITLE", "AUTHOR NAMES", "SOURCE", …) and its values in the cells after it (one
// author per cell; the PMID, then its PubMed link). Each record starts at its "TITLE" line. Read
// as a table, the file's "header" was the first record's title line: no profile matched it, and
// the reviewer was asked to map two "columns". Written here as Embase writes it (CRLF, every cell quoted).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const lines = (...rows: string[][]) => `${rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`;

const FIRST = [
  ['TITLE', 'Effect of oxytocin massage on breast milk production in postpartum mothers: a quasi-experimental study'],
  ['AUTHOR NAMES', 'Sari D.', 'Lestari A.K.', 'Wijaya B.'],
  ['AUTHOR ADDRESSES', '(Sari D.) Universitas Airlangga, Surabaya, Indonesia'],
  ['SOURCE', 'Journal of Neonatal Nursing, 26 (3) (2020), p. 45-52'],
  ['PUBLICATION YEAR', '2020'],
  ['ABSTRACT', 'Background: Breast milk production is often low after birth. Methods: Forty mothers received oxytocin massage.'],
  ['EMTREE MEDICAL INDEX TERMS', 'breast feeding', 'lactation', 'massage'],
  ['MEDLINE PMID', '32123456', 'http://www.ncbi.nlm.nih.gov/pubmed/32123456'],
  ['DOI', '10.1016/j.jnn.2020.01.004'],
  ['EMBASE LINK', 'https://www.embase.com/search/results?id=L2004512345'],
];
const SECOND = [
  ['TITLE', 'Breast massage and lactation in caesarean mothers'],
  ['AUTHOR NAMES', 'Putri R.'],
  ['SOURCE', 'Midwifery (2021) 95 (102934)'],
  ['DOI', '10.1016/j.midw.2021.102934'],
];

describe('Embase CSV, fields by row', () => {
  it('reads every record, each from its TITLE line to the next, with the Embase profile', () => {
    const { format, dialect, records, warnings } = parseBibliography(lines(...FIRST, [], ...SECOND), 'embase_records.csv');
    expect([format, dialect]).toEqual(['csv', 'embase']);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    const [first, second] = records;
    expect(first.title).toBe(FIRST[0][1]);
    // One author per cell, each a name of its own.
    expect(first.authors).toEqual(['Sari D.', 'Lestari A.K.', 'Wijaya B.']);
    // The "Source" citation is split as in the column layout.
    expect([first.journal, first.volume, first.issue, first.pages, first.year]).toEqual(['Journal of Neonatal Nursing', '26', '3', '45-52', 2020]);
    // The PMID's own cell, not its PubMed link beside it.
    expect(first.pmid).toBe('32123456');
    expect(first.doi).toBe('10.1016/j.jnn.2020.01.004');
    expect(first.abstract).toContain('Forty mothers received oxytocin massage.');
    expect(second.title).toBe('Breast massage and lactation in caesarean mothers');
    expect(second.authors).toEqual(['Putri R.']);
    expect(second.doi).toBe('10.1016/j.midw.2021.102934');
    // Nothing of the first record is carried into the second.
    expect(second.pmid).toBeUndefined();
    expect(second.abstract).toBeUndefined();
  });

  it('keeps two records with the same title apart, each with its own DOI and authors', () => {
    const again = [
      ['TITLE', FIRST[0][1]],
      ['AUTHOR NAMES', 'Other X.'],
      ['DOI', '10.1016/j.jnn.2020.99.999'],
    ];
    const { records, warnings } = parseBibliography(lines(...FIRST, ...again), 'embase.csv');
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.title, r.doi, r.authors])).toEqual([
      [FIRST[0][1], '10.1016/j.jnn.2020.01.004', ['Sari D.', 'Lestari A.K.', 'Wijaya B.']],
      [FIRST[0][1], '10.1016/j.jnn.2020.99.999', ['Other X.']],
    ]);
  });

  it('says which record has no title (a cut file starts mid-record), and reads the rest', () => {
    const { records, warnings } = parseBibliography(lines(['AUTHOR NAMES', 'Lost A.'], ['DOI', '10.1/lost'], ...SECOND), 'embase.csv');
    expect(records.map((r) => r.title)).toEqual([SECOND[0][1]]);
    expect(warnings).toEqual(['line 1: record without a title skipped']);
  });

  it('says so when a TITLE line is missing, and keeps the record before it as it was', () => {
    const cut = SECOND.filter(([label]) => label !== 'TITLE');
    const { records, warnings } = parseBibliography(lines(...FIRST, ...cut), 'embase.csv');
    expect(records.map((r) => [r.title, r.authors, r.doi])).toEqual([[FIRST[0][1], ['Sari D.', 'Lestari A.K.', 'Wijaya B.'], '10.1016/j.jnn.2020.01.004']]);
    expect(warnings).toEqual(['line 11: a second "AUTHOR NAMES" line in one record: the lines up to the next TITLE line are not read (is a record\'s TITLE line missing?)']);
  });

  it('leaves a table whose first column is headed "Title" alone', () => {
    const table = 'Title,Author Names,Source\r\n"A study of lactation","Sari D., Lee A.","Midwifery (2021) 95 (102934)"\r\n';
    const { dialect, records } = parseBibliography(table, 'embase.csv');
    expect(dialect).toBe('embase');
    expect(records.map((r) => r.authors)).toEqual([['Sari D.', 'Lee A.']]);
  });
});
