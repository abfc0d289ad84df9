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
