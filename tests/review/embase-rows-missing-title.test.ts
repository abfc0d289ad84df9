// 47183f5: "a record whose TITLE line is missing says so instead of taking the next record's fields".
// Only the labels the record before already has are refused: a field it lacks (here ABSTRACT) is
// still taken from the next record, silently, and the reviewer screens the wrong abstract.
import { expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const lines = (...rows: string[][]) => `${rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`;

it("a record before a missing TITLE line takes none of the next record's fields", () => {
  const file = lines(
    ['TITLE', 'Effect of oxytocin massage on breast milk production'],
    ['AUTHOR NAMES', 'Sari D.'],
    ['SOURCE', 'Journal of Neonatal Nursing, 26 (3) (2020), p. 45-52'],
    ['DOI', '10.1016/j.jnn.2020.01.004'],
    // next record, its TITLE line lost
    ['AUTHOR NAMES', 'Putri R.'],
    ['SOURCE', 'Midwifery (2021) 95 (102934)'],
    ['ABSTRACT', 'Caesarean mothers who received breast massage produced more milk.'],
    ['DOI', '10.1016/j.midw.2021.102934'],
  );
  const { records } = parseBibliography(file, 'embase.csv');
  expect(records).toHaveLength(1);
  expect(records[0].abstract).toBeUndefined(); // got: the next record's abstract
});
