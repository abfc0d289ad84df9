// A whole citation in one cell (Embase's and EBSCO's "Source"), and a PMID carried only by a
// Europe PMC link: small files written as each exporter writes them.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

describe('Embase CSV "Source" since 2020', () => {
  const head = '"Title","Author Names","Source","Publication Year","Abstract","Embase Accession ID","Medline PMID","Publication Type"\r\n';
  const row = (title: string, source: string) => `"${title}","Pratiwi A., Hidayat B.","${source}",2020,"We studied.",L2005123456,,Article\r\n`;

  it('reads journal, volume, issue and pages out of "Journal, 12 (3) (2020), p. 45-52"', () => {
    const { dialect, records } = parseBibliography(head + row('Kangaroo care', 'Journal of Neonatal Nursing, 12 (3) (2020), p. 45-52'), 'embase.csv');
    expect(dialect).toBe('embase');
    expect(records[0]).toMatchObject({ journal: 'Journal of Neonatal Nursing', volume: '12', issue: '3', pages: '45-52', year: 2020 });
  });

  it('keeps commas inside a journal name, and reads supplements and article numbers', () => {
    const file =
      head +
      row('A', 'Journal of Obstetric, Gynecologic, and Neonatal Nursing, 49 (Supplement 2) (2020), p. S123-S127') +
      row('B', 'BMJ Open, 11 (5) (2021), Article Number: e045678');
    const [a, b] = parseBibliography(file, 'embase.csv').records;
    expect(a).toMatchObject({ journal: 'Journal of Obstetric, Gynecologic, and Neonatal Nursing', volume: '49', issue: 'Supplement 2', pages: 'S123-S127' });
    expect(b).toMatchObject({ journal: 'BMJ Open', volume: '11', issue: '5', pages: 'e045678' });
  });

  it('takes the year from the cell, in either layout, when the year column gives none it reads', () => {
    const undated = (source: string) => head + row('D', source).replace(',2020,', ',In press,');
    expect(parseBibliography(undated('BMJ Open, 11 (5) (2021), Article Number: e045678'), 'embase.csv').records[0].year).toBe(2021);
    expect(parseBibliography(undated('Cancer (2004) 102:4 (253-258)'), 'embase.csv').records[0].year).toBe(2004);
  });

  it('still reads the older "Cancer (2004) 102:4 (253-258). Date of Publication: …" cell', () => {
    const [a] = parseBibliography(head + row('C', 'Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004'), 'embase.csv').records;
    expect(a).toMatchObject({ journal: 'Cancer', volume: '102', issue: '4', pages: '253-258' });
  });
});

describe('EBSCO CSV "Source"', () => {
  const head = '\uFEFFTitle,Authors,Publication Date,Source,Abstract,Subjects,Publisher,ISSN,DOI,Language,Accession Number,Database,Document Type,Page Count,Permalink\r\n';
  const row = (date: string, source: string) =>
    `"Skin-to-skin contact","Rahmawati, Siti; Lestari, Dewi",${date},"${source}",,,,,,English,154321987,CINAHL Complete,Article,5,https://research.ebsco.com/x\r\n`;

  it('takes the year from the citation when the date column gives none parseYear reads', () => {
    const [a] = parseBibliography(head + row('20211101', 'Jurnal Keperawatan Indonesia. Nov2021, Vol. 24 Issue 3, p112-120. 9p.'), 'ebsco.csv').records;
    expect(a).toMatchObject({ year: 2021, journal: 'Jurnal Keperawatan Indonesia', volume: '24', issue: '3', pages: '112-120' });
  });

  it('reads a supplement written after the date and lettered pages', () => {
    const [a] = parseBibliography(head + row('2021', 'Enfermeria Clinica. Mar2021 Supplement 2, Vol. 31, pS123-S127. 5p.'), 'ebsco.csv').records;
    expect(a).toMatchObject({ year: 2021, journal: 'Enfermeria Clinica', volume: '31', issue: 'Supplement 2', pages: 'S123-S127' });
  });
});

describe('EBSCO CSV "Source" of a journal without volumes', () => {
  it('reads a citation that has an issue only ("Jurnal Ners. 2020, Issue 2.")', () => {
    const head = 'Title,Authors,Publication Date,Source,Abstract,Subjects,Publisher,ISSN,DOI,Language,Accession Number,Database,Document Type,Page Count,Permalink\r\n';
    const row = 'Kepatuhan minum tablet Fe,"Sari, Ani",2020,"Jurnal Ners. 2020, Issue 2.",,,,,,Indonesian,1543,CINAHL Complete,Article,8,https://x.org\r\n';
    const [a] = parseBibliography(head + row, 'ebsco.csv').records;
    expect(a).toMatchObject({ journal: 'Jurnal Ners', issue: '2', year: 2020 });
  });
});

describe('Europe PMC links', () => {
  it('give the PMID of a MED record (RIS without a PMID tag)', () => {
    const ris = [
      'TY  - JOUR',
      'TI  - Kangaroo mother care and neonatal outcomes in Indonesia: a cohort study.',
      'AU  - Pratiwi A',
      'PY  - 2022',
      'JO  - BMC pediatrics',
      'DO  - 10.1186/s12887-022-03456-7',
      'UR  - https://europepmc.org/article/MED/35710000',
      'ER  - ',
      'TY  - JOUR',
      'TI  - A preprint on kangaroo care',
      'UR  - https://europepmc.org/article/PPR/PPR123456',
      'ER  - ',
      '',
    ].join('\n');
    const [med, preprint] = parseBibliography(ris, 'europepmc.ris').records;
    expect(med.pmid).toBe('35710000');
    expect(preprint.pmid).toBeUndefined();
  });
});
