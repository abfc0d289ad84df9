// Which RIS value is the PubMed id, the DOI and the database's own id, exporter by exporter
// (the table at the top of lib/formats/ris-ids.ts).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const one = (...lines: string[]) => {
  const { records, warnings } = parseBibliography(`TY  - JOUR\nTI  - A trial\n${lines.join('\n')}\nER  - \n`);
  expect(records, warnings.join('\n')).toHaveLength(1);
  return records[0];
};

describe('CINAHL (EBSCO)', () => {
  it('reads the PMID EBSCO writes with an NLM prefix, never CINAHL’s own accession number', () => {
    const note = 'N1  - Accession Number: 142345678. Language: English. Entry Date: 20200315. PMID: NLM32123456.';
    expect(one('AN  - 142345678', 'DB  - CINAHL Plus with Full Text', 'DP  - EBSCOhost', note).pmid).toBe('32123456');
    expect(one('AN  - 142345678', 'DB  - CINAHL', 'N1  - Accession Number: 142345678. NLM UID: 101208192.').pmid).toBeUndefined();
  });
});

describe('Cochrane CENTRAL (Cochrane Library RIS)', () => {
  it('reads the PMID it names, its own CN- id as the source id, and no DOI from its record id', () => {
    const a = one('ID  - CN-02654321', 'C3  - PUBMED 38507156,EMBASE 2029064766', 'DO  - 10.1002/central/CN-02654321');
    expect([a.pmid, a.doi, a.sourceId]).toEqual(['38507156', undefined, 'CN-02654321']);
    const b = one('ID  - CN-01999999', 'AN  - PUBMED 31999999', 'DO  - 10.1002/central/CN-01999999');
    expect([b.pmid, b.doi, b.sourceId]).toEqual(['31999999', undefined, 'CN-01999999']);
  });

  it('still reads a real DOI from another DO line or a link, and never the Embase id as a PMID', () => {
    expect(one('ID  - CN-02654321', 'DO  - 10.1002/central/CN-02654321', 'DO  - 10.1016/j.midw.2023.103456').doi).toBe('10.1016/j.midw.2023.103456');
    expect(one('DO  - 10.1002/central/CN-02654321', 'UR  - https://doi.org/10.1186/s12884-020-03000-1').doi).toBe('10.1186/s12884-020-03000-1');
    expect(one('ID  - CN-02654321', 'C3  - EMBASE 2029064766').pmid).toBeUndefined();
  });

  it('takes no CENTRAL record id for a DOI in other formats either', () => {
    const { records } = parseBibliography('@article{a, title={A trial}, doi={10.1002/central/CN-02654321}}');
    expect(records[0].doi).toBeUndefined();
  });

  it('takes a PMID named in capitals only, not a year after the word PubMed in a note', () => {
    expect(one('N1  - Searched PubMed 2019 and Embase.').pmid).toBeUndefined();
  });
});

// Ovid writes the accession number of a segment other than MEDLINE in its link only; PsycINFO's
// also as the record's ID. Real (asreview's ovid_psycinfo.ris, an Ovid PsycINFO export):
//   ID  - 2019-65183-001
//   L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=psyc16&NEWS=N&AN=2019-65183-001
// and an Embase one cited in a paper's references: "…ovidweb.cgi?T=JS&PAGE=reference&D=emed18&NEWS=N&AN=616934541".
describe('Ovid (PsycINFO, Embase and other segments)', () => {
  const link = (segment: string, an: string) => `L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=${segment}&NEWS=N&AN=${an}`;

  it('keeps the AN of a PsycINFO or Embase segment as the source id, never as a PMID', () => {
    const psycinfo = one('ID  - 2019-65183-001', link('psyc16', '2019-65183-001'));
    expect([psycinfo.sourceId, psycinfo.pmid]).toEqual(['2019-65183-001', undefined]);
    const embase = one(link('emed18', '616934541'));
    expect([embase.sourceId, embase.pmid]).toEqual(['616934541', undefined]);
    expect(one(link('emexb', 'L2001403470')).sourceId).toBe('L2001403470');
    // A library's proxy before the link, the full text page.
    expect(one('UR  - https://login.proxy.example.edu/login?qurl=http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=psyc16&AN=2019-29490-001').sourceId).toBe(
      '2019-29490-001',
    );
  });

  it("reads PsycINFO's AN from its ID when the link was not exported; any other ID stays no source id", () => {
    expect(one('ID  - 2019-65183-001').sourceId).toBe('2019-65183-001');
    expect(one('ID  - 13').sourceId).toBeUndefined();
  });

  it('a MEDLINE segment gives the PMID, as before', () => {
    const medline = one(link('medl', '39012781'));
    expect(medline.pmid).toBe('39012781');
  });
});
