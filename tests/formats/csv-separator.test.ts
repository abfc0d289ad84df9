import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../lib/formats/csv-write';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { evidenceCsv } from '../../lib/formats/evidence-csv';
import { searchLogCsv } from '../../lib/formats/search-log-csv';
import { agreementCsv } from '../../lib/formats/agreement-csv';
import { buildExport } from '../../lib/review/exports';
import { parseBibliography } from '../../lib/formats';
import { ReviewSchema, type ReviewRecord } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

// Excel on Windows with Indonesian regional settings (list separator ";") opens a comma-separated
// file with every row in column A: the reviewer chooses semicolon in Settings.

const review = ReviewSchema.parse(blankReview('r1', 'Pijat oksitosin'));
// An abstract as Garuda gives them: commas and semicolons in the text, a quote, a line break.
const ABSTRACT = 'Latar belakang: produksi ASI rendah; ibu nifas, n = 30.\nHasil: "signifikan", p < 0,05; volume naik.';

const STORED = { reviewId: 'r1', aliases: [], addedAt: 1, updatedAt: 1, sources: [{ database: 'garuda', at: 1 }] };

/** A Garuda record, stored. */
function record(key: string, title: string, abstract = ABSTRACT): ReviewRecord {
  const article = { title, authors: ['Siti Nurhasanah', 'Dewi Ayu'], year: 2021, journal: 'Jurnal Kebidanan', url: 'https://example.org/a', source: 'garuda' as const, abstract };
  return { ...STORED, key, article };
}

describe('CSV with semicolons', () => {
  it('quotes a cell holding ";", a quote or a line break, not one holding ","; keeps the BOM, CRLF and formula neutralising', () => {
    const csv = writeCsv(['a', 'b', 'c', 'd', 'e'], [['Ani; Budi', 'say "ya"', 'baris\nbaru', '0,05', '=1+1']], ';');
    expect(csv).toBe('\ufeffa;b;c;d;e\r\n"Ani; Budi";"say ""ya""";"baris\nbaru";0,05;"\'=1+1"\r\n');
  });

  it('comma stays the default, byte for byte', () => {
    const rows = [['Ani; Budi', '0,05', ' x', '=1']];
    expect(writeCsv(['a', 'b', 'c', 'd'], rows)).toBe('\ufeffa,b,c,d\r\nAni; Budi,"0,05"," x","\'=1"\r\n');
    expect(writeCsv(['a', 'b', 'c', 'd'], rows, ',')).toBe(writeCsv(['a', 'b', 'c', 'd'], rows));
  });

  it('is used by every CSV Saring writes: screened set, evidence table, search log, agreement, the export menu', () => {
    const records = [record('k1', 'Pijat, oksitosin')];
    const search = { id: 's1', reviewId: 'r1', database: 'garuda', query: 'pijat; oksitosin', url: '', filters: {}, pages: [1], at: 1, origin: 'web' as const, counted: true };
    const agreement = agreementCsv(
      records,
      { screening: { byReviewer: new Map(), final: new Map() }, 'full-text': { byReviewer: new Map(), final: new Map() } } as never,
      new Map(),
      ';',
    );
    const files = {
      screened: screenedCsv([{ record: records[0] }], review, [search], { separator: ';' }),
      evidence: evidenceCsv(records, ';'),
      searches: searchLogCsv([search], new Map(), ';'),
      agreement,
      exportCsv: buildExport('csv', [{ record: records[0] } as never], review, [], 'x', ';').parts.join(''),
      exportEvidence: buildExport('evidence', [{ record: records[0], decision: { decision: 'include' } } as never], review, [], 'x', ';').parts.join(''),
    };
    for (const [name, csv] of Object.entries(files)) {
      const header = csv.slice(1, csv.indexOf('\r\n'));
      expect(header, name).toContain(';');
      expect(header, name).not.toContain(',');
      expect(
        Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data.every((row) => row.length === header.split(';').length),
        name,
      ).toBe(true);
    }
  });

  it('Saring reads its own semicolon export back (papaparse finds the separator though abstracts hold both , and ;)', async () => {
    const records = [
      record('k1', 'Pijat, oksitosin; ASI'),
      record(
        'k2',
        'Tanpa tanda baca',
        'Satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan, sepuluh, sebelas, dua belas, tiga belas, empat belas, lima belas, enam belas, tujuh belas, delapan belas, sembilan belas, dua puluh, dua satu, dua dua, dua tiga, dua empat, dua lima, dua enam, dua tujuh, dua delapan, dua sembilan, tiga puluh.',
      ),
    ];
    for (const separator of [',', ';'] as const) {
      const csv = screenedCsv(
        records.map((r) => ({ record: r })),
        review,
        [],
        { separator },
      );
      expect(csv.slice(0, 5)).toBe(`\ufeffkey${separator}`);
      const result = await parseBibliography(csv, 'saring-export.csv');
      expect(result.dialect, separator).toBe('saring');
      expect(
        result.records.map((r) => [r.title, r.authors, r.abstract]),
        separator,
      ).toEqual(records.map((r) => [r.article.title, r.article.authors, r.article.abstract]));
    }
  });
});

describe('decimal numbers in a semicolon CSV', () => {
  // Excel set to Indonesian (the reason to choose ";") reads "0.412" as 412.
  const relevanceOf = (separator: ',' | ';') => {
    const csv = screenedCsv([{ record: record('k1', 'Pijat'), relevance: { score: 0.41234 } }], review, [], { separator });
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, newline: '\r\n', skipEmptyLines: true }).data;
    return row[header.indexOf('relevance')];
  };

  it('writes the relevance with a decimal comma when the separator is ";", a point when it is ","', () => {
    expect(relevanceOf(';')).toBe('0,412');
    expect(relevanceOf(',')).toBe('0.412');
  });
});
