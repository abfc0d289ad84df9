// EBSCOhost's RIS (CINAHL, Academic Search …) as Zotero's EBSCOhost translator meets it: some
// records carry no AN line, their accession number only in the permalink
// ("UR  - https://search.ebscohost.com/login.aspx?direct=true&db=ccm&AN=107500001&site=ehost-live"),
// and some write the DOI under DI ("DI  - 10.1111/…"), which that translator turns back into DO.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const LINK = 'UR  - https://search.ebscohost.com/login.aspx?direct=true&db=ccm&AN=107500001&site=ehost-live';
const ris = (...lines: string[]) =>
  oneRecord(
    ['TY  - JOUR', 'T1  - Nurses and the night shift.', 'AU  - Smith, John', 'Y1  - 1993///Winter93', 'JF  - Nursing Forum', ...lines, 'ER  - ', ''].join('\n'),
    'delivery.ris',
  );

describe("an EBSCOhost record's ids in RIS", () => {
  it("takes the permalink's AN as the source id when there is no AN line", () => {
    expect(ris('ID  - 107500001', LINK, 'DP  - EBSCOhost', 'DB  - ccm').sourceId).toBe('107500001');
    expect(ris(LINK).sourceId).toBe('107500001');
  });

  it('keeps the AN line first, and reads no id from another link', () => {
    expect(ris('AN  - 107500002', LINK).sourceId).toBe('107500002');
    expect(ris('UR  - https://journals.example.org/article/view/12').sourceId).toBeUndefined();
  });

  it('reads the DOI written under DI', () => {
    expect(ris('DI  - 10.1111/j.1744-6198.1993.tb00001.x', LINK).doi).toBe('10.1111/j.1744-6198.1993.tb00001.x');
    expect(ris('DO  - 10.1111/nuf.12345', 'DI  - 10.1111/other.1').doi).toBe('10.1111/nuf.12345');
  });
});
