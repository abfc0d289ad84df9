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
    // EndNote's RIS (its DP line): ID is EndNote's own record number, whatever DB says (citefmt's baseline EndNote file).
    const [viaEndNote] = ris([...RECORD, 'DB  - Embase', 'DP  - Ovid Technologies', 'ID  - 2001403470', 'ER  - ']);
    expect([viaEndNote.sourceId, viaEndNote.pmid]).toEqual([undefined, undefined]);
    // MEDLINE's ID is its PMID, never a source id of its own.
    const [medline] = ris([...RECORD.slice(0, 1), 'DB  - Ovid MEDLINE(R) 1946-Present', 'ID  - 32672909', ...RECORD.slice(1), 'ER  - ']);
    expect(medline.sourceId).toBeUndefined();
  });

  it("in Ovid's numbered RIS without a link: the PMID of a MEDLINE record, another database's own id, no guess for a bare number", () => {
    const records = ris([
      ...['1.', ...RECORD, 'DB  - ERIC', 'ID  - EJ389705', 'ER  - ', ''],
      ...['2.', ...RECORD, 'DB  - Ovid MEDLINE(R) ALL', 'ID  - 32672909', 'ER  - ', ''],
      ...['3.', ...RECORD, 'ID  - 2019-65183-001', 'ER  - ', ''],
      // No DB: a bare number may be a PMID or an Embase number.
      ...['4.', ...RECORD, 'ID  - 621381829', 'ER  - '],
    ]);
    expect(records.map((r) => [r.sourceId, r.pmid])).toEqual([
      ['EJ389705', undefined],
      [undefined, '32672909'],
      ['2019-65183-001', undefined],
      [undefined, undefined],
    ]);
  });

  it("leaves another exporter's record number alone", () => {
    expect(ris([...RECORD, 'ID  - 621381829', 'ER  - '])[0].sourceId).toBeUndefined();
    expect(ris([...RECORD, 'DB  - Embase', 'ID  - 12', 'ER  - '])[0].sourceId).toBeUndefined();
  });
});

describe("Ovid PsycINFO's reference list in M1", () => {
  it("gives the record neither the PMID nor the DOI of a work it cites (asreview's Ovid PsycINFO baseline)", () => {
    const cited = (n: number) =>
      `M1  - Bischof, N.L. (2018). Sleep in autism. Autism Res., 11(8), 1166-1174 https://pubmed.ncbi.nlm.nih.gov/2976183${n} https://dx.doi.org/10.1002/aur.196${n} 2018-23315-00${n}.`;
    const [record] = ris(['1.', ...RECORD, 'DB  - APA PsycInfo', 'ID  - 2021-94054-001', cited(1), cited(2), 'ER  - ']);
    expect([record.pmid, record.doi, record.sourceId]).toEqual([undefined, undefined, '2021-94054-001']);
    // One M1 (an exporter's note) is still read for an id.
    const [noted] = ris([...RECORD, 'M1  - PMID: 29761836', 'ER  - ']);
    expect(noted.pmid).toBe('29761836');
  });
});
