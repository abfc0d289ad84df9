// What EndNote's XML and RIS keep of a record's reference type, ISBN/ISSN and PMCID. The Article has
// no field for any of them: the type decides which title is the venue and whether <pages> is a page
// count; the ISBN/ISSN (XML <isbn>, RIS SN) goes; the PMCID EndNote writes from PubMed ("C2  -
// PMC7000004", <custom2>PMC7000001</custom2>) is never a PMID, whatever database the record names.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const record = (type: string, number: string, fields: string) =>
  `<record><ref-type name="${type}">${number}</ref-type><contributors><authors><author>Sari, Dewi</author></authors><secondary-authors><author>Editor, Ed</author></secondary-authors></contributors><titles><title>${type}</title>${fields}</record>`;
const xml = (...records: string[]) => parseBibliography(`<?xml version="1.0" encoding="UTF-8" ?><xml><records>${records.join('')}</records></xml>`, 'library.xml').records;
const ids = (a: { pmid?: string; sourceId?: string; journal?: string; pages?: string; authors: string[] }) => ({
  pmid: a.pmid,
  sourceId: a.sourceId,
  journal: a.journal,
  pages: a.pages,
  authors: a.authors,
});

/** A journal article without a venue, its identifiers after its titles. */
const article = (ids: string) => record('Journal Article', '17', `</titles>${ids}`);

describe('EndNote XML', () => {
  it('reads the venue and pages by the reference type; editors are no authors; the ISBN/ISSN goes', () => {
    const [article, section, thesis, proceedings] = xml(
      record('Journal Article', '17', '<secondary-title>BMC Public Health</secondary-title></titles><pages>123</pages><isbn>1471-2458 (Electronic)&#xD;1471-2458 (Linking)</isbn>'),
      record(
        'Book Section',
        '5',
        '<secondary-title>Handbook of Midwifery</secondary-title><tertiary-title>Series X</tertiary-title></titles><pages>45-60</pages><isbn>978-0-12-345678-9</isbn>',
      ),
      record('Thesis', '32', '</titles><pages>152</pages>'),
      record('Conference Proceedings', '10', '<secondary-title>Proceedings of ICON 2020</secondary-title></titles><pages>1-5</pages><isbn>978-1-7281-0000-0</isbn>'),
    );
    expect(ids(article)).toEqual({ pmid: undefined, sourceId: undefined, journal: 'BMC Public Health', pages: '123', authors: ['Sari, Dewi'] });
    expect(ids(section)).toEqual({ pmid: undefined, sourceId: undefined, journal: 'Handbook of Midwifery', pages: '45-60', authors: ['Sari, Dewi'] });
    expect(ids(thesis)).toEqual({ pmid: undefined, sourceId: undefined, journal: undefined, pages: undefined, authors: ['Sari, Dewi'] });
    expect(ids(proceedings)).toEqual({ pmid: undefined, sourceId: undefined, journal: 'Proceedings of ICON 2020', pages: '1-5', authors: ['Sari, Dewi'] });
  });

  it('never takes the PMCID in custom2 for a PMID, from PubMed, Scopus or no database', () => {
    const [pubmed, scopus, none] = xml(
      article('<accession-num>31999999</accession-num><custom2>PMC7000001</custom2><remote-database-name>PubMed</remote-database-name>'),
      article('<custom2>PMC7000002</custom2><remote-database-name>Scopus</remote-database-name>'),
      article('<custom2>PMC7000003</custom2><notes>PMCID: PMC7000003</notes>'),
    );
    expect([pubmed.pmid, scopus.pmid, none.pmid]).toEqual(['31999999', undefined, undefined]);
    expect([scopus.sourceId, none.sourceId]).toEqual([undefined, undefined]);
  });
});

describe('EndNote RIS', () => {
  const ris = (...lines: string[]) =>
    parseBibliography(['TY  - JOUR', 'TI  - Pijat oksitosin', 'AU  - Sari, Dewi', 'T2  - BMC Public Health', 'PY  - 2019', ...lines, 'ER  - ', ''].join('\n'), 'library.ris')
      .records[0];

  it('never takes the PMCID in C2 for a PMID; the PMID is the AN of a PubMed record', () => {
    expect(ris('SN  - 1471-2458 (Electronic)', 'SN  - 1471-2458 (Linking)', 'C2  - PMC7000004', 'AN  - 31999998', 'DB  - PubMed', 'DP  - NLM').pmid).toBe('31999998');
    for (const db of ['DB  - Scopus', 'DB  - PubMed', 'DB  - Embase']) expect(ris('C2  - PMC7000005', 'M2  - PMC7000005', 'N1  - PMCID: PMC7000005', db).pmid, db).toBeUndefined();
  });

  it('drops the ISBN or ISSN, which is no DOI, pages or volume', () => {
    const { doi, pages, volume, issue } = ris('SN  - 978-0-12-345678-9');
    expect({ doi, pages, volume, issue }).toEqual({ doi: undefined, pages: undefined, volume: undefined, issue: undefined });
  });
});
