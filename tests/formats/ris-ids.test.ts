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
