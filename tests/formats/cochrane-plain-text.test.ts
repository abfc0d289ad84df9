// The Cochrane Library's plain-text export is refused with a message that names it (sniff.ts): its
// first line is "Record #1 of N" alone, also after a byte-order mark or blank lines and with
// Windows line ends. Other files carrying that line — the Cochrane Library's own BibTeX, a RIS file
// with a "Provider: …" header before each record — are read as what they are, and a table whose
// first cell says "Record #1 of 2" is no Cochrane file.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { formatError } from './helpers';

const PLAIN = [
  'Record #1 of 2',
  'ID: CN-01234567',
  'AU: Sari D',
  'TI: Pijat oksitosin',
  'SO: Jurnal Kebidanan',
  'YR: 2020',
  '',
  'Record #2 of 2',
  'ID: CD012345',
  'TI: Back massage',
];

describe('a Cochrane Library plain-text export', () => {
  it('is named, whatever stands before its first record line', () => {
    for (const text of [
      PLAIN.join('\n'),
      `\uFEFF${PLAIN.join('\r\n')}`,
      `\r\n\r\n${PLAIN.join('\r\n')}`,
      `\uFEFF\n  \n${PLAIN.join('\n')}`,
      PLAIN.join('\n').replace('Record #1 of 2', 'Record #1 of 2  '),
    ]) {
      const error = formatError(text, 'citation-export.txt');
      expect(error.code, JSON.stringify(text.slice(0, 20))).toBe('unknown-format');
      expect(error.message).toMatch(/Cochrane Library plain-text/);
    }
  });
});

describe('other files with "Record #1 of N" lines', () => {
  it('RIS with a header before each record is read as RIS', () => {
    const ris = [
      'Record #1 of 2',
      'Provider: Provider',
      'Content: text/plain; charset="UTF-8"',
      '1.',
      'TY  - JOUR',
      'T1  - Title of reference',
      'A1  - Marx, Karl',
      'ER  - ',
      '',
      'Record #2 of 2',
      'Provider: Provider',
      'Content: text/plain; charset="UTF-8"',
      '',
      'TY  - JOUR',
      'T1  - Another title',
      'ER  - ',
      '',
    ].join('\n');
    const { format, records } = parseBibliography(`\uFEFF${ris}`, 'export.ris');
    expect([format, records.map((r) => r.title)]).toEqual(['ris', ['Title of reference', 'Another title']]);
  });

  it("the Cochrane Library's BibTeX is read as BibTeX", () => {
    const bib = 'Record #1 of 1\r\n@article{Sari21,\r\nauthor = {Sari, DA},\r\ntitle = {Oxytocin massage},\r\nyear = {2021}\r\n}\r\n';
    expect(parseBibliography(bib, 'citation-export.bib').format).toBe('bibtex');
  });

  it('a table whose first cell says "Record #1 of 2" is not named a Cochrane export', () => {
    const error = formatError('Record #1 of 2\tTitle\tYear\nx\tPijat oksitosin\t2020\n', 'table.txt');
    expect(error.message).not.toMatch(/Cochrane/);
  });
});
