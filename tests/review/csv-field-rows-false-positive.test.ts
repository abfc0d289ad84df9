// 47183f5 moved Embase's fields-by-row conversion into readTable, so the reviewer's mapping
// (parseCsvWithMapping) now gets it too. Its detection (isFieldRow) only asks that the header's
// first cell be an Embase label ("Title"), its second not ("Authors"), and the second line's first
// cell be a label: an ordinary table matches when its first record is titled "Abstract", or when its
// header is written twice (exports joined into one file, the first empty). The mapping was the
// reviewer's way out; it now reads the table as field rows: records titled "Authors".
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseCsvWithMapping } from '../../lib/formats';

const mapping = { title: 'Title', authors: 'Authors', year: 'Year' };

describe('an ordinary table read through the reviewer mapping', () => {
  it('whose first record is titled "Abstract" gives its records', () => {
    const csv = 'Title,Authors,Year\r\nAbstract,Sari D,2020\r\nBreast massage and lactation,Lee A,2021\r\n';
    // before 47183f5: ['Abstract', 'Breast massage and lactation']; now ['Authors']
    expect(parseCsvWithMapping(csv, mapping).records.map((r) => r.title)).toEqual(['Abstract', 'Breast massage and lactation']);
  });

  it('whose header is written twice gives its records', () => {
    const header = 'Title,Authors,Year\r\n';
    const csv = `${header}${header}Oxytocin massage,Sari D,2020\r\nBreast massage and lactation,Lee A,2021\r\n`;
    // now ['Authors', 'Authors']
    expect(parseCsvWithMapping(csv, mapping).records.map((r) => r.title)).toEqual(['Oxytocin massage', 'Breast massage and lactation']);
  });
});

it('a Covidence export whose header is written twice is read as Covidence (the repeat skipped)', () => {
  const header = 'Title,Authors,Abstract,Published Year,Journal,DOI,Covidence #\r\n';
  const csv = `${header}${header}"Oxytocin massage","Sari D","Milk rose.",2020,"J Nurs","10.1/a","#1"\r\n"Breast massage","Lee A","Milk rose.",2021,"J Nurs","10.1/b","#2"\r\n`;
  // got: CsvMappingRequiredError offering the columns "Title, Oxytocin massage, Breast massage"
  const { dialect, records } = parseBibliography(csv, 'covidence.csv');
  expect([dialect, records.length]).toEqual(['covidence', 2]);
});
