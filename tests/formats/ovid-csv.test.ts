// Ovid's CSV with its field codes as column names (lib/formats/csv-tagged.ts, read through
// medline.ts's tag table as Ovid's tagged text is; its citation split by lib/formats/ovid-source.ts).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

/** Ovid quotes every cell; a list holds one value a line inside its cell. */
const csv = (header: string[], rows: Record<string, string>[]) =>
  [header, ...rows.map((row) => header.map((tag) => row[tag] ?? ''))].map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');

// "Complete Reference": the numbers in their own columns.
const COMPLETE = ['VN', 'DB', 'UI', 'AU', 'FA', 'IN', 'TI', 'SO', 'JN', 'VO', 'IP', 'PG', 'YR', 'AB', 'DO', 'KW', 'MH', 'LG', 'PT'];
// "Citation": title, authors and source only.
const CITATION = ['VN', 'DB', 'AN', 'UI', 'TI', 'SO', 'AU'];

const MEDLINE_ROW = {
  VN: 'Ovid Technologies',
  DB: 'Ovid MEDLINE(R) ALL',
  UI: '37123456',
  AU: 'Aminah S\nSantoso B\nLestari D',
  FA: 'Aminah, Siti\nSantoso, Budi\nLestari, Dewi',
  IN: 'Universitas Airlangga, Surabaya, Indonesia.',
  TI: 'Oxytocin massage and breast milk production: a randomised trial.',
  SO: 'Journal of Clinical Nursing. 32(13-14):1950-1960, 2023 Jul.',
  JN: 'Journal of Clinical Nursing',
  VO: '32',
  IP: '13-14',
  PG: '1950-1960',
  YR: '2023',
  AB: 'BACKGROUND: Breast milk production is low after caesarean birth.\nMETHODS: We randomised 120 mothers.',
  DO: 'https://dx.doi.org/10.1111/jocn.16789',
  KW: 'oxytocin massage; lactation',
  MH: 'Breast Feeding\n*Massage\nOxytocin/ad [Administration & Dosage]',
  LG: 'English',
  PT: 'Journal Article\nRandomized Controlled Trial',
};

describe("Ovid's CSV with field codes as columns", () => {
  it('is recognised and read as its tagged text is: full names, PMID from a MEDLINE UI, DOI link, keywords', () => {
    const { format, dialect, records, warnings } = parseBibliography(csv(COMPLETE, [MEDLINE_ROW]), 'ovid.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'ovid', []]);
    expect(records[0]).toMatchObject({
      title: 'Oxytocin massage and breast milk production: a randomised trial.',
      journal: 'Journal of Clinical Nursing',
      year: 2023,
      volume: '32',
      issue: '13-14',
      pages: '1950-1960',
      doi: '10.1111/jocn.16789',
      pmid: '37123456',
      language: 'English',
    });
    expect(records[0].keywords).toEqual(['Breast Feeding', 'Massage', 'Oxytocin/ad [Administration & Dosage]', 'oxytocin massage', 'lactation']);
  });

  it('gives one author per line of a cell, not the cell as one author', () => {
    const { records } = parseBibliography(csv(COMPLETE, [MEDLINE_ROW]), 'ovid.csv');
    expect(records[0].authors).toEqual(['Aminah, Siti', 'Santoso, Budi', 'Lestari, Dewi']);
    const initials = parseBibliography(csv(CITATION, [{ ...MEDLINE_ROW, AU: 'Aminah S\r\nSantoso B\r\nLestari D' }]), 'ovid.csv').records[0];
    expect(initials.authors).toEqual(['Aminah S', 'Santoso B', 'Lestari D']);
  });

  it('keeps the breaks between the sections of an abstract', () => {
    const { records } = parseBibliography(csv(COMPLETE, [MEDLINE_ROW]), 'ovid.csv');
    expect(records[0].abstract).toBe('BACKGROUND: Breast milk production is low after caesarean birth.\nMETHODS: We randomised 120 mothers.');
  });

  it('splits the citation when SO alone holds journal, volume, issue, pages and year (MEDLINE, Embase, PsycINFO)', () => {
    const rows: Record<string, string>[] = [
      { ...MEDLINE_ROW },
      {
        VN: 'Ovid Technologies',
        DB: 'Embase',
        AN: '2001403470',
        UI: '2001403470',
        TI: 'Kangaroo care.',
        AU: 'Sari D.A.',
        SO: 'Journal of Advanced Nursing. 75 (3) (pp 567-578), 2019. Date of Publication: March 2019.',
      },
      {
        VN: 'Ovid Technologies',
        DB: 'APA PsycInfo',
        AN: '2015-33942-012',
        TI: 'Reassurance seeking.',
        AU: 'Kobori, Osamu',
        SO: 'Behavioural and Cognitive Psychotherapy. Vol.43(5), Sep 2015, pp. 623-634.',
      },
    ];
    const { records } = parseBibliography(csv(CITATION, rows), 'ovid-citations.csv');
    expect(records.map(({ journal, volume, issue, pages, year }) => ({ journal, volume, issue, pages, year }))).toEqual([
      { journal: 'Journal of Clinical Nursing', volume: '32', issue: '13-14', pages: '1950-1960', year: 2023 },
      { journal: 'Journal of Advanced Nursing', volume: '75', issue: '3', pages: '567-578', year: 2019 },
      { journal: 'Behavioural and Cognitive Psychotherapy', volume: '43', issue: '5', pages: '623-634', year: 2015 },
    ]);
    // The UI of a MEDLINE database is its PMID; Embase's and PsycINFO's numbers are their own.
    expect(records.map((r) => r.pmid)).toEqual(['37123456', undefined, undefined]);
  });
});
