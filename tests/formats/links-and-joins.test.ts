// Exports that keep the DOI only in the record's link, and Indonesian OJS 2 BibTeX that joins
// authors with "dan": each record keeps its DOI and its separate authors.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const one = oneRecord;

describe('a DOI left only in the link', () => {
  it('is read from a BibTeX url, a CSL JSON URL and a Rayyan url column', () => {
    const bib = one('@article{a1, title = {Pijat oksitosin}, author = {Aminah, Siti}, url = {https://doi.org/10.36419/jki.v14i2.789}, year = {2023}}', 'a.bib');
    expect(bib.doi).toBe('10.36419/jki.v14i2.789');
    const csl = one(JSON.stringify([{ type: 'article-journal', title: 'Pijat oksitosin', URL: 'https://www.tandfonline.com/doi/full/10.1080/07399332.2021.1932894' }]), 'a.json');
    expect(csl.doi).toBe('10.1080/07399332.2021.1932894');
    const rayyan = one(
      'key,title,authors,journal,issn,volume,issue,pages,year,publisher,url,abstract,notes,doi,keywords\n1,Pijat oksitosin,"Aminah, S",Jurnal Bidan,,2,1,1-9,2022,,https://dx.doi.org/10.1234/jb.v2i1.5,,,,\n',
      'rayyan.csv',
    );
    expect(rayyan.doi).toBe('10.1234/jb.v2i1.5');
  });

  it("is read from the doi parameter of Scopus's Link column", () => {
    const csv =
      'Authors,Title,Year,Source title,Volume,Issue,Page start,Page end,DOI,Link,Abstract,Document Type,Source,EID\n' +
      '"Aminah S.",Oxytocin massage and breast milk,2021,Midwifery,95,,1,8,,"https://www.scopus.com/inward/record.uri?eid=2-s2.0-85099&doi=10.1016%2fj.midw.2020.102345&partnerID=40&md5=ab",Text.,Article,Scopus,2-s2.0-85099\n';
    expect(one(csv, 'scopus.csv').doi).toBe('10.1016/j.midw.2020.102345');
  });

  it('is never taken from a link that names no DOI, and a DOI field comes first', () => {
    expect(one('@article{a2, title = {Pijat}, url = {https://ejournal.example.ac.id/index.php/jk/article/view/10.5}}', 'b.bib').doi).toBeUndefined();
    const both = one('@article{a3, title = {Pijat}, doi = {10.1234/own.1}, url = {https://doi.org/10.1234/other.2}}', 'c.bib');
    expect(both.doi).toBe('10.1234/own.1');
  });
});

describe('BibTeX authors joined with "dan"', () => {
  it('splits them as at "and", without splitting a name that is Dan', () => {
    expect(one('@article{a4, title = {Pijat}, author = {Siti Aminah dan Budi Santoso dan Rina Wati}}', 'd.bib').authors).toEqual(['Siti Aminah', 'Budi Santoso', 'Rina Wati']);
    expect(one('@article{a5, title = {Pijat}, author = {Li, Dan and Brown, Dan}}', 'e.bib').authors).toEqual(['Li, Dan', 'Brown, Dan']);
  });
});
