// EBSCO's CSV: the accession number of a record from one of its MEDLINE databases is the PMID, as
// in its RIS (ris-ids.ts); CINAHL's and the others' are their own (csv-profiles-more.ts).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const HEADER = 'Title,Authors,Publication Date,Source,Abstract,Subjects,Publisher,ISSN,DOI,Language,Accession Number,Database,Document Type,Page Count,Permalink';
const row = (an: string, database: string, db: string) =>
  `Oxytocin massage and breast milk,Rahmawati S; Santoso B,20211101,"Journal of Clinical Nursing. Jul2023, Vol. 32 Issue 13/14, p1950-1960. 11p.",Abstract text.,Lactation,Wiley,0962-1067,,English,${an},${database},Article,11,https://search.ebscohost.com/login.aspx?direct=true&db=${db}&AN=${an}&site=ehost-live`;
const first = (an: string, database: string, db: string) => parseBibliography(`${HEADER}\n${row(an, database, db)}`, 'ebsco.csv').records[0];

describe('EBSCO CSV accession numbers', () => {
  it('give the PMID of a MEDLINE record', () => {
    expect(first('31999999', 'MEDLINE Complete', 'mdc')).toMatchObject({ pmid: '31999999', sourceId: '31999999' });
    expect(first('31999999', 'MEDLINE with Full Text', 'mnh').pmid).toBe('31999999');
  });

  it('give it from the permalink when the Database column is left out', () => {
    expect(first('31999999', '', 'cmedm').pmid).toBe('31999999');
  });

  it('never give a PMID from CINAHL or another database', () => {
    expect(first('154321987', 'CINAHL Ultimate', 'rzh').pmid).toBeUndefined();
    expect(first('154321987', 'Academic Search Complete', 'a9h').pmid).toBeUndefined();
  });
});
