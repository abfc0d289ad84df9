// Embase "fields by row" CSV without a SOURCE line (the reviewer chose fields without the citation):
// the Embase profile needs "source", so parseCsv asks for a mapping — but it offers the row LABELS
// (TITLE, AUTHOR NAMES, DOI) as columns, from the table it rebuilt. parseCsvWithMapping re-reads the
// raw file, whose "header" is the first record's TITLE line: the confirmed mapping then reads every
// field line as a record, titled "AUTHOR NAMES", "ABSTRACT", "DOI", ….
import { expect, it } from 'vitest';
import { CsvMappingRequiredError, parseBibliography, parseCsvWithMapping } from '../../lib/formats';

const lines = (...rows: string[][]) => `${rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`;

const FILE = lines(
  ['TITLE', 'Effect of oxytocin massage on breast milk production'],
  ['AUTHOR NAMES', 'Sari D.', 'Lestari A.K.'],
  ['ABSTRACT', 'Forty mothers received oxytocin massage.'],
  ['DOI', '10.1016/j.jnn.2020.01.004'],
  [],
  ['TITLE', 'Breast massage and lactation in caesarean mothers'],
  ['AUTHOR NAMES', 'Putri R.'],
  ['DOI', '10.1016/j.midw.2021.102934'],
);

it('the mapping Saring suggests for an Embase fields-by-row file reads its records', () => {
  let error: unknown;
  try {
    parseBibliography(FILE, 'embase.csv');
  } catch (e) {
    error = e;
  }
  // Either the file is read directly…
  if (!(error instanceof CsvMappingRequiredError)) return;
  // …or the columns offered, once confirmed, give the two records.
  expect(error.headers).toContain('AUTHOR NAMES');
  const { records } = parseCsvWithMapping(FILE, error.suggestion);
  expect(records.map((r) => r.title)).toEqual(['Effect of oxytocin massage on breast milk production', 'Breast massage and lactation in caesarean mothers']);
});
