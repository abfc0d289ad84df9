// The Cochrane Library's RIS of a review (CDSR) gives its number and version in ID, as it gives a
// CENTRAL record's "CN-…": `ID  - CD003519.PUB4`, `DO  - 10.1002/14651858.CD003519.pub4`. That number
// is the review's source id; two versions of a review are two records, so the version stays.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const review = (lines: string[]) =>
  ['TY  - JOUR', 'TI  - Early skin-to-skin contact for mothers and their healthy newborn infants', 'PY  - 2016', ...lines, 'ER  - ', ''].join('\n');

describe("a Cochrane review's number", () => {
  it('is its source id, with its version, as the DOI writes it', () => {
    const lines = ['ID  - CD003519.PUB4', 'T2  - Cochrane Database of Systematic Reviews', 'DO  - 10.1002/14651858.CD003519.pub4'];
    expect(oneRecord(review(lines), 'citation-export.ris').sourceId).toBe('CD003519.pub4');
  });

  it('without a version, and known by its DOI alone', () => {
    expect(oneRecord(review(['ID  - CD003519', 'DO  - 10.1002/14651858.CD003519']), 'x.ris').sourceId).toBe('CD003519');
  });

  it('gives way to another database id, and is never read from a record that is no Cochrane review', () => {
    const scopus = ['ID  - CD003519.PUB4', 'T2  - Cochrane Database of Systematic Reviews', 'UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85000000000&partnerID=40'];
    expect(oneRecord(review(scopus), 'x.ris').sourceId).toBe('2-s2.0-85000000000');
    expect(oneRecord(review(['ID  - CD003519', 'T2  - Journal of Advanced Nursing']), 'x.ris').sourceId).toBeUndefined();
  });
});
