// BibTeX as the Cochrane Library and Europe PMC export it: the Cochrane Library lists authors as
// "Family, Initials" pairs joined by commas (", and" before the last), writes "Abstract - " before
// the abstract and MeSH's major-topic stars in the keywords; Europe PMC names each entry by its PMID.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const cochrane = `Record #1 of 2
@article{Sari21,
author = {Sari, DA, Putra, A, Iheozor\u2010Ejiofor, Z, and Lestari, SR},
title = {Oxytocin massage for increasing breast milk production},
journal = {Cochrane Database of Systematic Reviews},
number = {8},
year = {2021},
abstract = {Abstract - Background Breast milk production is often low. Objectives To assess oxytocin massage.},
keywords = {*Breast Feeding; *Massage; Lactation [*physiology]; Humans},
DOI = {10.1002/14651858.CD000000.pub2}
}

Record #2 of 2
@article{Wulan20,
author = {Wulandari, R and Sari, DA},
title = {Back massage after caesarean birth},
journal = {Cochrane Database of Systematic Reviews},
year = {2020}
}
`;

describe('Cochrane Library BibTeX', () => {
  it('reads each "Family, Initials" pair as an author, however many', () => {
    const [first, second] = parseBibliography(cochrane, 'citation-export.bib').records;
    expect(first.authors).toEqual(['Sari, DA', 'Putra, A', 'Iheozor\u2010Ejiofor, Z', 'Lestari, SR']);
    expect(second.authors).toEqual(['Wulandari, R', 'Sari, DA']);
  });

  it('takes "Abstract - " off the abstract and the stars off the keywords', () => {
    const [first] = parseBibliography(cochrane, 'citation-export.bib').records;
    expect(first.abstract).toBe('Background Breast milk production is often low. Objectives To assess oxytocin massage.');
    expect(first.keywords).toEqual(['Breast Feeding', 'Massage', 'Lactation [physiology]', 'Humans']);
  });

  it('keeps a BibTeX name with two commas one person ("von Last, Jr, First")', () => {
    const bib = '@article{a, author = {van der Berg, Jr, Peter and Sari, Dewi}, title = {T}, year = {2020}}';
    expect(parseBibliography(bib, 'a.bib').records[0].authors).toEqual(['van der Berg, Jr, Peter', 'Sari, Dewi']);
  });
});

describe('Europe PMC BibTeX', () => {
  it('gives the PMID of an entry named by it, not of one that is not', () => {
    const bib = `@article {PMID:36540961,\n\tTitle = {Wearables in research},\n\tAuthor = {Master, Hiral},\n\tYear = {2022}\n}\n@article{Master2022,\n\tTitle = {Another},\n\tYear = {2022}\n}\n`;
    const [named, other] = parseBibliography(bib, 'europepmc.bib').records;
    expect(named.pmid).toBe('36540961');
    expect(other.pmid).toBeUndefined();
  });
});

describe('an exporter\'s "Abstract" label', () => {
  it('is taken off, while an abstract that starts with the word keeps it', () => {
    const ris = (ab: string) => parseBibliography(`TY  - JOUR\nTI  - T\nAB  - ${ab}\nER  - \n`, 'a.ris').records[0].abstract;
    expect(ris('ABSTRACT Body condition was measured in 40 birds.')).toBe('Body condition was measured in 40 birds.');
    expect(ris('Abstract: Body condition was measured.')).toBe('Body condition was measured.');
    expect(ris('Abstract reasoning was assessed in 40 children.')).toBe('Abstract reasoning was assessed in 40 children.');
  });
});

describe('Ovid records passed through a reference manager', () => {
  it("give no issue when IS holds the journal's NLM id (Ovid's M1), and keep a real issue", () => {
    const ris = (is: string) => parseBibliography(`TY  - JOUR\nTI  - T\nDB  - Ovid MEDLINE(R)\nIS  - ${is}\nER  - \n`, 'a.ris').records[0].issue;
    for (const id of ['eag, 7805975', '0372347', '0401664, du5', '101231234', '9918240R']) expect(ris(id), id).toBeUndefined();
    for (const issue of ['3', 'Suppl 2', '12 Pt 1', '2021']) expect(ris(issue), issue).toBe(issue);
  });
});

describe("Ovid's Embase citations (tagged text)", () => {
  const record = (n: number, so: string) =>
    `<${n}. >\nVN  - Ovid Technologies\nDB  - Embase\nUI  - 62138182${n}\nTI  - Oxytocin massage study ${n}.\nSO  - ${so}\nAU  - Sari D.A.\nIS  - 1753-6561\nYR  - 2019\n\n`;
  const text = [
    'Journal of Advanced Nursing. 75 (3) (pp 567-578), 2019. Date of Publication: March 2019.',
    'Midwifery. 80 (no pagination), 2020. Article Number: 102573. Date of Publication: January 2020.',
    'BMC Proceedings. Conference: 2nd BEAT-PCD Conference and 3rd PCD Training School: Part 2. Spain. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.',
  ]
    .map((so, i) => record(i + 1, so))
    .join('');

  it('give the journal, volume, issue and pages their SO holds, never the ISSN as the issue', () => {
    const records = parseBibliography(text, 'embase.cgi').records;
    expect(records.map(({ journal, volume, issue, pages }) => ({ journal, volume, issue, pages }))).toEqual([
      { journal: 'Journal of Advanced Nursing', volume: '75', issue: '3', pages: '567-578' },
      { journal: 'Midwifery', volume: '80', issue: undefined, pages: '102573' },
      { journal: 'BMC Proceedings', volume: '12', issue: 'Supplement 3', pages: undefined },
    ]);
  });
});

describe('several links on one RIS line (ProQuest)', () => {
  it("give the first as the record's link", () => {
    const ris = 'TY  - JOUR\nTI  - T\nUR  - https://search.proquest.com/docview/2015703796?accountid=38978 http://link.example.ac.id/?url_ver=Z39.88-2004\nER  - \n';
    expect(parseBibliography(ris, 'proquest.ris').records[0].url).toBe('https://search.proquest.com/docview/2015703796?accountid=38978');
  });
});
