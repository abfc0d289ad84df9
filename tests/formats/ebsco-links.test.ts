// EBSCOhost permalinks, one rule for every importer (ebsco-ids.ts): the link's AN is the record's
// accession number (its source id), and the PMID when db names one of EBSCO's MEDLINE databases.
// The BibTeX records are shaped on real ones: EBSCO's own BibTeX (CoLRev's
// tests/data/built_in_search_sources/ebsco.bib) and EBSCO records through a library proxy
// (olendorf/learning_latex supporting_files/sample_bib.bib: db=cmedm, psyh, eih).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { oneRecord as one } from './helpers';

const bib = (url: string) =>
  `@article{2151372020110601,\n   title = {Autonomy of lower-level perception in autism.},\n   journal = {Neuropsychologia},\n   url = {${url}},\n   year = {2011},\n}\n`;

describe('an EBSCOhost link in BibTeX', () => {
  it('of a MEDLINE record gives the PMID and the accession number, behind a library proxy too', () => {
    const proxied = 'https://proxying.lib.ncsu.edu/index.php?url=https://search.ebscohost.com/login.aspx?direct=true&db=cmedm&AN=21513720&site=ehost-live&scope=site';
    expect(one(bib(proxied), 'ebsco.bib')).toMatchObject({ pmid: '21513720', sourceId: '21513720', url: proxied });
    expect(one(bib('https://search.ebscohost.com/login.aspx?direct=true&db=mdc&AN=31999999&site=ehost-live'), 'e.bib').pmid).toBe('31999999');
    expect(one(bib('http://search-ebscohost-com.proxy.ulib.uits.iu.edu/login.aspx?direct=true&db=mnh&AN=31999998&site=ehost-live'), 'e.bib').pmid).toBe('31999998');
    const encoded = `https://elib.example.edu/login?url=${encodeURIComponent('https://search.ebscohost.com/login.aspx?direct=true&db=mdc&AN=31999997&site=ehost-live')}`;
    expect(one(bib(encoded), 'e.bib').pmid).toBe('31999997');
  });

  it('of another database gives its accession number, never a PMID', () => {
    const cases = [
      ['https://search.ebscohost.com/login.aspx?direct=true&AuthType=ip&db=bth&AN=11111111&site=ehost-live', '11111111'],
      ['https://proxying.lib.ncsu.edu/index.php?url=https://search.ebscohost.com/login.aspx?direct=true&db=psyh&AN=2018-47047-013&site=ehost-live&scope=site', '2018-47047-013'],
      ['https://elib.uah.edu/login?url=https://search.ebscohost.com/login.aspx?direct=true&db=rzh&AN=154321987&site=ehost-live&scope=site', '154321987'],
    ];
    for (const [url, an] of cases) {
      const record = one(bib(url), 'e.bib');
      expect(record.sourceId).toBe(an);
      expect(record.pmid).toBeUndefined();
    }
  });

  it('that is a search, not a record, gives nothing', () => {
    const record = one(bib('https://search.ebscohost.com/login.aspx?direct=true&db=aph&db=cmedm&bquery=autism&type=1&site=ehost-live'), 'e.bib');
    expect(record.pmid).toBeUndefined();
    expect(record.sourceId).toBeUndefined();
  });
});

describe('an EBSCOhost link through a library proxy', () => {
  it('gives the PMID in RIS as in BibTeX', () => {
    const ris =
      'TY  - JOUR\r\nTI  - Autonomy of lower-level perception in autism\r\nUR  - http://search-ebscohost-com.proxy.ulib.uits.iu.edu/login.aspx?direct=true&db=cmedm&AN=21513720&site=ehost-live\r\nER  - \r\n';
    expect(parseBibliography(ris, 'e.ris').records[0].pmid).toBe('21513720');
  });

  it('gives the PMID in EBSCO CSV without a Database column', () => {
    const header = 'Title,Authors,Publication Date,Source,Abstract,Subjects,Publisher,ISSN,DOI,Language,Accession Number,Database,Document Type,Page Count,Permalink';
    const row =
      'Autonomy of lower-level perception in autism,Liu Y,2011,"Neuropsychologia. Jun2011, Vol. 49 Issue 7, p2105-2111. 7p.",,,,,,English,21513720,,Article,7,http://search-ebscohost-com.proxy.ulib.uits.iu.edu/login.aspx?direct=true&db=cmedm&AN=21513720&site=ehost-live';
    expect(parseBibliography(`${header}\n${row}`, 'e.csv').records[0].pmid).toBe('21513720');
  });
});
