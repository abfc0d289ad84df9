// Ovid's citation (SO) when it alone holds a record's journal, volume, issue, pages and year
// (lib/formats/ovid-source.ts), in Ovid's tagged text ("Citation" fields: TI, AU, SO).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

describe("Ovid's tagged text with the citation fields only", () => {
  const record = (so: string) => `<1>\nVN  - Ovid Technologies\nDB  - Ovid MEDLINE(R) ALL\nUI  - 37123456\nTI  - Oxytocin massage.\nSO  - ${so}\nAU  - Aminah S\n\n`;

  it('takes the year from the date in SO, never from its pages ("1950-1960, 2023 Jul.")', () => {
    const a = parseBibliography(record('Journal of Clinical Nursing. 32(13-14):1950-1960, 2023 Jul.'), 'ovid.txt').records[0];
    expect(a).toMatchObject({ journal: 'Journal of Clinical Nursing', year: 2023, volume: '32', issue: '13-14', pages: '1950-1960' });
  });

  it("reads BIOSIS's date after its month and day, and a supplement as the issue", () => {
    const biosis = parseBibliography(record('Forest Ecology & Management. 201(2-3):327-334, November 15, 2004.'), 'ovid.txt').records[0];
    expect(biosis).toMatchObject({ journal: 'Forest Ecology & Management', year: 2004, volume: '201', issue: '2-3', pages: '327-334' });
    const supplement = parseBibliography(record('Pediatrics. 145(Suppl 1):S45-S50, 2020 Jan.'), 'ovid.txt').records[0];
    expect(supplement).toMatchObject({ journal: 'Pediatrics', year: 2020, volume: '145', issue: 'Suppl 1', pages: 'S45-S50' });
  });

  it('splits the keywords Journals@Ovid lists in one KW', () => {
    const text = `<5. >\nVN  - Ovid Technologies\nDB  - Journals@Ovid\nTI  - Up-regulation of BCRP.\nKW  - BCRP;  PI3K/AKT/NF-[kappa]B;  chemoresistance\nYR  - 2011\n\n`;
    expect(parseBibliography(text, 'ovid.txt').records[0].keywords).toEqual(['BCRP', 'PI3K/AKT/NF-[kappa]B', 'chemoresistance']);
  });
});
