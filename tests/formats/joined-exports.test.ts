// Reviewers join several exports into one file (Web of Science gives 1,000 records per export,
// Scopus and PubMed cap theirs too): each file's byte-order mark, a missing line break where
// two files meet, or a second header row must not lose, merge or invent a record.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const BOM = '\ufeff';
const ris = (title: string, author: string) => `TY  - JOUR\r\nTI  - ${title}\r\nAU  - ${author}\r\nPY  - 2021\r\nER  - \r\n`;

describe('exports joined into one file', () => {
  it('reads every RIS record past the second file’s byte-order mark', () => {
    const { records, warnings } = parseBibliography(`${BOM}${ris('Pijat oksitosin', 'Sari, D.')}\r\n${BOM}${ris('Breast milk volume', 'Lee, A.')}`);
    expect(records.map((r) => r.title)).toEqual(['Pijat oksitosin', 'Breast milk volume']);
    expect(warnings).toEqual([]);
  });

  it('reads every BibTeX entry and MEDLINE record past a byte-order mark', () => {
    const bib = `${BOM}@article{a, title={First study}, year={2020}}\n${BOM}@article{b, title={Second study}, year={2021}}\n`;
    expect(parseBibliography(bib).records.map((r) => r.title)).toEqual(['First study', 'Second study']);
    const medline = `${BOM}PMID- 111\nTI  - First study.\nDP  - 2020\n\n${BOM}PMID- 222\nTI  - Second study.\nDP  - 2021\n`;
    expect(parseBibliography(medline).records.map((r) => [r.title, r.pmid])).toEqual([
      ['First study.', '111'],
      ['Second study.', '222'],
    ]);
  });

  it('splits RIS files joined without a line break, with or without a space after the dash', () => {
    for (const join of ['ER  - TY  - JOUR', 'ER  -TY  - JOUR']) {
      const text = `TY  - JOUR\nTI  - A\nAU  - Ann\n${join}\nTI  - B\nAU  - Bob\nER  - \n`;
      const { records } = parseBibliography(text);
      expect(
        records.map((r) => [r.title, r.authors]),
        join,
      ).toEqual([
        ['A', ['Ann']],
        ['B', ['Bob']],
      ]);
    }
  });

  it('says so when a record is lost to a broken start line', () => {
    const text = `TY  - JOUR\nTI  - A\nER  - \nT Y  - JOUR\nTI  - B\nER  - \n`;
    const { records, warnings } = parseBibliography(text);
    expect(records.map((r) => r.title)).toEqual(['A']);
    expect(warnings).toEqual(['line 5: a record without its start line (TY) skipped']);
  });

  it('does not read a CSV export’s second header row as a record', () => {
    const header = 'Authors,Title,Year,Source title,DOI,EID';
    const text = `${BOM}${header}\nSari D.,Pijat oksitosin,2021,Jurnal Kebidanan,10.1/a,2-s2.0-1\n${BOM}${header}\nLee A.,Breast milk volume,2022,Midwifery,10.1/b,2-s2.0-2\n`;
    const { records, warnings } = parseBibliography(text, 'scopus.csv');
    expect(records.map((r) => r.title)).toEqual(['Pijat oksitosin', 'Breast milk volume']);
    expect(warnings).toEqual(['line 3: the header row again (exports joined into one file?): not read as a record']);
  });
});
