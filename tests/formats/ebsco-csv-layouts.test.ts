// EBSCO's CSV as its classic EBSCOhost interface and its research platform write it (csv-profiles-ebsco.ts):
// each read by its own column names, the accession number the source id, the PMID of a MEDLINE record only.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

// The classic header, as in asreview/citation-file-formatting's _baseline_cinahl.csv; Excel's `="…"` guards as EBSCO writes them.
const CLASSIC =
  'Article Title,Author,Journal Title,ISSN,ISBN,Publication Date,Volume,Issue,First Page,Page Count,Accession Number,DOI,Publisher,Doctype,Subjects,Keywords,Abstract,PLink';
const classicRow = (an: string, db: string, date = '="Jun2023"', first = '924', count = '11') =>
  `"Oxytocin massage and breast milk volume.","Rahmawati, Siti; Santoso, Budi A.","Journal of Clinical Nursing",="09621067",,${date},"32","13/14","${first}","${count}","${an}","10.1111/jocn.16001","Wiley","Article","BREAST feeding; MASSAGE; INDONESIA","oxytocin; lactation","Mothers after caesarean birth were given oxytocin massage. [ABSTRACT FROM AUTHOR] Copyright of Journal of Clinical Nursing is the property of Wiley and its content may not be copied or emailed to multiple sites or posted to a listserv without the copyright holder's express written permission.","https://search.ebscohost.com/login.aspx?direct=true&db=${db}&AN=${an}&site=ehost-live"`;
const classic = (...rows: string[]) => parseBibliography(`${CLASSIC}\n${rows.join('\n')}`, 'ebsco.csv');

const RESEARCH =
  'longDBName,shortDBName,an,title,abstract,publicationDate,contributors,docTypes,pubTypes,coverDate,peerReviewed,source,subjects,issns,doi,plink,language,publisher';
const researchRow = (database: string, code: string, an: string) =>
  `"${database}",${code},${an},"Kangaroo mother care and neonatal hypothermia","Skin-to-skin contact lowered hypothermia.",20240326,"Lestari, Dewi; Santoso, Budi",Article,Academic Journal,Mar2024,true,"Journal of Neonatal Nursing","Kangaroo Care; Hypothermia -- Prevention and Control",13551841,10.1016/j.jnn.2024.01.002,https://research.ebsco.com/linkprocessor/plink?id=0b1c2d3e,English,Elsevier`;
const research = (...rows: string[]) => parseBibliography(`${RESEARCH}\n${rows.join('\n')}`, 'ebsco.csv');

describe('the classic EBSCOhost CSV', () => {
  it('is read by its own columns', () => {
    const result = classic(classicRow('154321987', 'rzh'));
    expect(result.dialect).toBe('ebsco-classic');
    expect(result.warnings).toEqual([]);
    expect(result.records[0]).toMatchObject({
      title: 'Oxytocin massage and breast milk volume.',
      authors: ['Rahmawati, Siti', 'Santoso, Budi A.'],
      year: 2023,
      journal: 'Journal of Clinical Nursing',
      volume: '32',
      issue: '13/14',
      pages: '924-934',
      doi: '10.1111/jocn.16001',
      keywords: ['BREAST feeding', 'MASSAGE', 'INDONESIA', 'oxytocin', 'lactation'],
      sourceId: '154321987',
      url: 'https://search.ebscohost.com/login.aspx?direct=true&db=rzh&AN=154321987&site=ehost-live',
    });
    expect(result.records[0].abstract).toBe('Mothers after caesarean birth were given oxytocin massage.');
    expect(result.records[0].pmid).toBeUndefined();
  });

  it('reads its dates and pages in every form EBSCO writes them', () => {
    const [dated, single, online] = classic(
      classicRow('1', 'a9h', '="4/3/2024"'),
      classicRow('2', 'a9h', '2022', '45', '1'),
      classicRow('3', 'a9h', '="Nov2022"', 'e0298242', '14'),
    ).records;
    expect(dated).toMatchObject({ year: 2024, pages: '924-934' });
    expect(single).toMatchObject({ year: 2022, pages: '45' });
    expect(online).toMatchObject({ year: 2022, pages: 'e0298242' });
  });

  it('gives the PMID of a record from a MEDLINE database only', () => {
    expect(classic(classicRow('31999999', 'cmedm')).records[0]).toMatchObject({ pmid: '31999999', sourceId: '31999999' });
    expect(classic(classicRow('31999999', 'a9h')).records[0].pmid).toBeUndefined();
  });
});

describe("the EBSCO research platform's CSV", () => {
  it('is read by its field names', () => {
    const result = research(researchRow('CINAHL Ultimate', 'rzh', '176404503'));
    expect(result.dialect).toBe('ebsco-research');
    expect(result.warnings).toEqual([]);
    expect(result.records[0]).toMatchObject({
      title: 'Kangaroo mother care and neonatal hypothermia',
      abstract: 'Skin-to-skin contact lowered hypothermia.',
      authors: ['Lestari, Dewi', 'Santoso, Budi'],
      year: 2024,
      journal: 'Journal of Neonatal Nursing',
      doi: '10.1016/j.jnn.2024.01.002',
      keywords: ['Kangaroo Care', 'Hypothermia -- Prevention and Control'],
      language: 'English',
      sourceId: '176404503',
    });
    expect(result.records[0].pmid).toBeUndefined();
  });

  it('gives the PMID of a record from a MEDLINE database only', () => {
    expect(research(researchRow('MEDLINE Complete', 'mdc', '38507156')).records[0]).toMatchObject({ pmid: '38507156', sourceId: '38507156' });
    expect(research(researchRow('MEDLINE with Full Text', 'cmedm', '38507156')).records[0].pmid).toBe('38507156');
    expect(research(researchRow('Academic Search Ultimate', 'asn', '38507156')).records[0].pmid).toBeUndefined();
  });

  it("splits EBSCO's citation when its source column holds one", () => {
    const row = researchRow('CINAHL Ultimate', 'rzh', '1').replace('"Journal of Neonatal Nursing"', '"Journal of Neonatal Nursing. Mar2024, Vol. 30 Issue 2, p101-106. 6p."');
    expect(research(row).records[0]).toMatchObject({ journal: 'Journal of Neonatal Nursing', volume: '30', issue: '2', pages: '101-106' });
  });
});
