// Ovid's Embase (and other non-MEDLINE) records without a link keep their accession number as their
// source id, never as a PMID: Ovid's tagged export and CSV (medline.ts), its RIS (ris-ids.ts, ris.ts).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

// Ovid's tagged export ("EndNote"/"Citavi" .cgi/.ovd), as knh11545/commandline4expertsearchers' Embase test data.
const TAGGED = `<3001. >
VN  - Ovid Technologies
DB  - Embase
UI  - 621381829
ST  - CONFERENCE ABSTRACT
TI  - Quality of life in patients with primary ciliary dyskinesia: A systematic review.
SO  - BMC Proceedings. Conference: 2nd BEAT-PCD Conference. Spain. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.
AU  - Behan L.
AU  - Rubbo B.
AB  - Background: Little is known on how PCD affects daily functioning.
LG  - English
PT  - Conference Abstract
YR  - 2018

<3002. >
VN  - Ovid Technologies
DB  - Ovid MEDLINE(R) ALL
UI  - 37123456
TI  - Oxytocin massage and breast milk production.
AU  - Aminah S
YR  - 2023
`;

const ris = (lines: string[]) => parseBibliography(`${lines.join('\n')}\n`, 'ovid.ris').records;
const RECORD = ['TY  - JOUR', 'T1  - Kangaroo care and neonatal hypothermia.', 'A1  - Sari, Dewi A', 'Y1  - 2019//', 'JF  - Journal of Advanced Nursing'];

describe("Ovid's Embase accession number", () => {
  it("is the source id of a record of Ovid's tagged export, and the MEDLINE UI stays the PMID", () => {
    const [embase, medline] = parseBibliography(TAGGED, 'embase.cgi').records;
    expect(embase).toMatchObject({ sourceId: '621381829', title: 'Quality of life in patients with primary ciliary dyskinesia: A systematic review.' });
    expect(embase.pmid).toBeUndefined();
    expect(medline).toMatchObject({ pmid: '37123456', sourceId: '37123456' });
  });

  it("is the source id of a row of Ovid's CSV (AN, else UI), never its PMID", () => {
    const csv = [
      '"VN","DB","AN","UI","TI","AU","SO"',
      '"Ovid Technologies","Embase","2001403470","2001403470","Kangaroo care.","Sari D.A.","Journal of Advanced Nursing. 75 (3) (pp 567-578), 2019."',
    ];
    const [record] = parseBibliography(csv.join('\r\n'), 'ovid.csv').records;
    expect(record.sourceId).toBe('2001403470');
    expect(record.pmid).toBeUndefined();
  });

  it('is the source id of an RIS record whose database is Embase and whose link was left out', () => {
    const [record] = ris([...RECORD.slice(0, 1), 'DB  - Embase', 'ID  - 621381829', ...RECORD.slice(1), 'ER  - ']);
    expect(record.sourceId).toBe('621381829');
    expect(record.pmid).toBeUndefined();
    const [viaEndNote] = ris([...RECORD, 'DP  - Ovid Technologies', 'ID  - 2001403470', 'ER  - ']);
    expect(viaEndNote.sourceId).toBe('2001403470');
  });

  it("is the source id of a record in Ovid's numbered RIS that names no database", () => {
    const records = ris(['1.', ...RECORD, 'ID  - 621381829', 'ER  - ', '', '2.', ...RECORD, 'ID  - 2001403470', 'ER  - ']);
    expect(records.map((r) => [r.sourceId, r.pmid])).toEqual([
      ['621381829', undefined],
      ['2001403470', undefined],
    ]);
  });

  it("leaves another exporter's record number alone", () => {
    expect(ris([...RECORD, 'ID  - 621381829', 'ER  - '])[0].sourceId).toBeUndefined();
    expect(ris([...RECORD, 'DB  - Embase', 'ID  - 12', 'ER  - '])[0].sourceId).toBeUndefined();
  });
});
