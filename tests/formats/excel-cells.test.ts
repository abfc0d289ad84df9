import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXCEL_CELL_LIMIT, withoutFormulaGuard, writeCsv } from '../../lib/formats/csv-write';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { parseBibliography } from '../../lib/formats';
import { ReviewSchema, type ReviewRecord } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

// Opened in Excel, the screened CSV turned pages "1-5" into 5 January, "12-15" into December 2015,
// "3/4" into 4 March and issue "1-2" into 2 January; and a cell over Excel's 32,767 characters (the
// abstract of a conference supplement, an author list of thousands) did not fit and broke its row.

const review = ReviewSchema.parse(blankReview('r1', 'Pijat oksitosin'));
const STORED = { reviewId: 'r1', aliases: [], addedAt: 1, updatedAt: 1, sources: [{ database: 'pubmed', at: 1 }] };
const record = (key: string, article: Partial<ReviewRecord['article']>): ReviewRecord => ({
  ...STORED,
  key,
  article: { title: `Pijat oksitosin ${key}`, authors: ['Siti Nurhasanah'], year: 2021, url: `https://example.org/${key}`, source: 'import', ...article },
});
const LONG_ABSTRACT = `Background: ${'ASI eksklusif pada ibu nifas. '.repeat(1_500)}`;
const records = [
  record('a', { volume: '12-15', issue: '1-2', pages: '1-5' }),
  record('b', { volume: '7', issue: '3/4', pages: '112-118', abstract: LONG_ABSTRACT, keywords: ['nifas'] }),
];

/** The cells as any CSV reader (R's read.csv, Python's csv, papaparse) gets them. */
const plainCells = (csv: string, separator: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter: separator, skipEmptyLines: true }).data;

describe('CSV cells Excel would change', () => {
  it('writes page ranges and issues Excel reads as dates as text formulas, and leaves others alone', () => {
    const csv = writeCsv(
      ['pages', 'issue'],
      [
        ['1-5', '1-2'],
        ['12-15', '3/4'],
        ['e0123', '2'],
        ['112–118', 'Suppl 1'],
      ],
    );
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"=""1-5""","=""1-2"""', '"=""12-15""","=""3/4"""', 'e0123,2', '112–118,Suppl 1']);
  });

  it('cuts a cell over 32,767 characters with the cut mark, the row whole after it', () => {
    for (const separator of [',', ';'] as const) {
      const rows = plainCells(
        screenedCsv(
          records.map((r) => ({ record: r })),
          review,
          [],
          { separator },
        ),
        separator,
      );
      const header = rows[0];
      const b = rows[2];
      expect(b).toHaveLength(header.length);
      const abstract = b[header.indexOf('abstract')];
      expect(abstract.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      expect(abstract.endsWith(' …')).toBe(true);
      expect(LONG_ABSTRACT.startsWith(abstract.slice(0, -2))).toBe(true);
      expect(b[header.indexOf('keywords')]).toBe('nifas');
    }
  });

  it('never cuts a character in half', () => {
    const text = `${'a'.repeat(EXCEL_CELL_LIMIT - 4)}😀${'b'.repeat(10)}`;
    const [, row] = plainCells(writeCsv(['t'], [[text]]), ',');
    expect(row[0]).toBe(`${'a'.repeat(EXCEL_CELL_LIMIT - 4)} …`);
  });

  for (const separator of [',', ';'] as const) {
    it(`reads pages, issues and volumes back as written in Saring's own CSV (separator ${separator})`, async () => {
      const csv = screenedCsv(
        records.map((r) => ({ record: r })),
        review,
        [],
        { separator },
      );
      const result = await parseBibliography(csv, 'saring-export.csv');
      expect(result.dialect).toBe('saring');
      expect(result.records.map((a) => [a.volume, a.issue, a.pages])).toEqual([
        ['12-15', '1-2', '1-5'],
        ['7', '3/4', '112-118'],
      ]);
      expect(result.records[1].abstract?.endsWith(' …')).toBe(true);
    });
  }
});

// Reviewer R12 (R12-9): a title that really starts with an apostrophe and a minus ("'-80 °C storage of
// breast milk") was written as it was, and Saring reading its own CSV back took that apostrophe for
// the formula guard: the title came back as "-80 °C storage of breast milk".
describe('cells that start with an apostrophe', () => {
  it('guards a cell that starts with apostrophes before = + - @ with one more, and reads it back as it was', () => {
    const values = ["'-80 °C storage of breast milk", "''=1+1", "'@risk", "'Tis the season", "'", '-2+3', 'plain'];
    const written = plainCells(
      writeCsv(
        ['t'],
        values.map((v) => [v]),
      ),
      ',',
    )
      .slice(1)
      .map((row) => row[0]);
    expect(written).toEqual(["''-80 °C storage of breast milk", "'''=1+1", "''@risk", "'Tis the season", "'", "'-2+3", 'plain']);
    expect(written.map(withoutFormulaGuard)).toEqual(values);
  });

  it("reads back the titles of Saring's own screened-set CSV exactly", async () => {
    const titles = ["'-80 °C storage of breast milk", '=HYPERLINK("http://x")', '-Omics in midwifery', "'Kangaroo' care at home"];
    const csv = screenedCsv(
      titles.map((title, i) => ({ record: record(`k${i}`, { title }) })),
      review,
      [],
    );
    const back = await parseBibliography(csv, 'saring.csv');
    expect(back.records.map((r) => r.title)).toEqual(titles);
  });
});
