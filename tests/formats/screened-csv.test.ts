import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { screenedCsv, SCREENED_CSV_COLUMNS } from '../../lib/formats/screened-csv';
import { evidenceCsv } from '../../lib/formats/evidence-csv';
import { ReviewSchema, type Decision, type ReviewRecord } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

const review = ReviewSchema.parse({ ...blankReview('r1', 'Pijat oksitosin'), window: { mode: 'range', from: 2018, to: 2023 } });

function record(overrides: Partial<ReviewRecord['article']> = {}, key = 'doi:10.1000/x'): ReviewRecord {
  return {
    reviewId: 'r1',
    key,
    aliases: [],
    addedAt: 1,
    updatedAt: 1,
    article: {
      title: 'Pengaruh pijat oksitosin',
      authors: ['Siti Nurhasanah', 'Dewi Ayu'],
      year: 2021,
      journal: 'Jurnal Kebidanan',
      url: 'https://example.org/a',
      source: 'garuda',
      doi: '10.1000/x',
      ...overrides,
    },
    sources: [
      { database: 'garuda', searchId: 's1', at: 1 },
      { database: 'google-scholar', searchId: 's2', at: 1 },
    ],
  };
}
const decision: Decision = {
  id: 'e1',
  reviewerId: 'ani',
  reviewId: 'r1',
  key: 'doi:10.1000/x',
  stage: 'screening',
  decision: 'exclude',
  reason: 'wrong population',
  note: 'ibu hamil',
  answers: { population: 'not met', intervention: 'met', outcome: 'unclear' },
  reviewer: 'Ani',
  decidedAt: Date.UTC(2026, 10, 28, 9, 30),
};
const searches = [
  { id: 's1', reviewId: 'r1', database: 'garuda', query: 'pijat oksitosin', url: '', filters: {}, pages: [1], at: 1, origin: 'web' as const, counted: true },
  { id: 's2', reviewId: 'r1', database: 'google-scholar', query: '"oxytocin massage" ASI', url: '', filters: {}, pages: [1], at: 1, origin: 'web' as const, counted: true },
];

/** Parse our own output back, as a spreadsheet would read it. */
function read(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
}

describe('screened-set CSV', () => {
  it('has a BOM, CRLF line ends and the columns in their order', () => {
    const csv = screenedCsv([{ record: record(), decision }], review, searches);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${[...SCREENED_CSV_COLUMNS, 'type', 'report_of'].join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('fills every column of a decided record', () => {
    const [header, row] = read(
      screenedCsv([{ record: record({ keywords: ['ASI', 'nifas'], pmid: '123', volume: '3', issue: '2', pages: '10-15', type: 'review' }), decision }], review, searches),
    );
    const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cells).toEqual({
      key: 'doi:10.1000/x',
      review: 'Pijat oksitosin',
      decision: 'exclude',
      exclusion_reason: 'wrong population',
      note: 'ibu hamil',
      population: 'not met',
      intervention: 'met',
      comparison: '',
      outcome: 'unclear',
      study_design: '',
      year_window: 'pass',
      reviewer: 'Ani',
      decided_at: '2026-11-28T09:30:00.000Z',
      title: 'Pengaruh pijat oksitosin',
      authors: 'Siti Nurhasanah; Dewi Ayu',
      year: '2021',
      journal: 'Jurnal Kebidanan',
      volume: '3',
      issue: '2',
      // Excel would read 10-15 as October 2015: written as the text formula it shows as 10-15.
      pages: '="10-15"',
      doi: '10.1000/x',
      pmid: '123',
      url: 'https://example.org/a',
      databases: 'Garuda; Google Scholar',
      search_queries: 'pijat oksitosin; "oxytocin massage" ASI',
      abstract: '',
      keywords: 'ASI; nifas',
      relevance: '',
      full_text_decision: '',
      full_text_reason: '',
      report_retrieved: '',
      prisma_box: 'excluded at title/abstract',
      type: 'review',
      report_of: '',
    });
  });

  it('puts relevance right after keywords: the score for an undecided record, nothing for a decided one', () => {
    const cols = [...SCREENED_CSV_COLUMNS];
    expect(cols.indexOf('relevance')).toBe(cols.indexOf('keywords') + 1);
    const [header, undecided, decided] = read(
      screenedCsv(
        [
          { record: record({}, 'a'), relevance: { score: 0.8125 } },
          { record: record({}, 'b'), decision, relevance: { score: 0.3 } },
        ],
        review,
        searches,
      ),
    );
    expect(undecided[header.indexOf('relevance')]).toBe('0.813');
    expect(decided[header.indexOf('relevance')]).toBe('');
  });

  it('keeps the team columns after relevance and the full-text columns, and the type after them all', () => {
    const [header] = read(screenedCsv([{ record: record(), decision }], { ...review, mode: 'dual-blind' }, searches, { team: true }));
    expect(header.slice(-10)).toEqual([
      'keywords',
      'relevance',
      'full_text_decision',
      'full_text_reason',
      'report_retrieved',
      'prisma_box',
      'reviewer_decisions',
      'final_decided_by',
      'type',
      'report_of',
    ]);
  });

  it('leaves the decision columns empty for an undecided record', () => {
    const [, row] = read(screenedCsv([{ record: record({ year: undefined }) }], review, searches));
    expect(row.slice(2, 13)).toEqual(['', '', '', '', '', '', '', '', 'unknown', '', '']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps multi-line abstracts in one cell', () => {
    const abstract = 'Latar belakang: "ASI", rendah.\nMetode: kuasi eksperimen,\r\nn = 30.';
    const csv = screenedCsv([{ record: record({ title: 'Massage, "oxytocin" and milk', abstract }) }], review, searches);
    expect(csv).toContain('"Massage, ""oxytocin"" and milk"');
    const [header, row] = read(csv);
    expect(row[header.indexOf('abstract')]).toBe(abstract);
    expect(row[header.indexOf('title')]).toBe('Massage, "oxytocin" and milk');
  });

  it('quotes a cell that starts or ends with whitespace, which a spreadsheet would trim', () => {
    for (const note of [' awal', 'akhir ', 'tab\t', '\u00a0nbsp', 'nbsp\u00a0', 'ideographic\u3000']) {
      const csv = screenedCsv([{ record: record(), decision: { ...decision, note } }], review, searches);
      expect(csv).toContain(`,"${note}",`);
      const [header, row] = read(csv);
      expect(row[header.indexOf('note')]).toBe(note);
    }
    // Whitespace inside a cell needs no quotes.
    expect(screenedCsv([{ record: record(), decision: { ...decision, note: 'ibu\u00a0hamil' } }], review, searches)).toContain(',ibu\u00a0hamil,');
  });

  it('names each database and query once, also for a record found once or by searches without a query', () => {
    const once = { ...record(), sources: [{ database: 'garuda', searchId: 's1', at: 1 }] };
    const again = {
      ...record(),
      sources: [
        { database: 'garuda', searchId: 's1', at: 1 },
        { database: 'garuda', searchId: 's1', at: 2 },
        { database: 'pubmed', at: 3 },
        { database: 'google-scholar', searchId: 'gone', at: 4 },
      ],
    };
    const [header, a, b] = read(screenedCsv([{ record: once }, { record: again }], review, searches));
    const pick = (row: string[], column: string) => row[header.indexOf(column)];
    expect([pick(a, 'databases'), pick(a, 'search_queries')]).toEqual(['Garuda', 'pijat oksitosin']);
    expect([pick(b, 'databases'), pick(b, 'search_queries')]).toEqual(['Garuda; PubMed; Google Scholar', 'pijat oksitosin']);
    const unknown = { ...record(), sources: [{ database: 'pubmed', searchId: 'gone', at: 1 }] };
    const [, c] = read(screenedCsv([{ record: unknown }], review, searches));
    expect(pick(c, 'search_queries')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) {
      const [header, row] = read(
        screenedCsv([{ record: record({ title: `${start}HYPERLINK("http://evil")` }), decision: { ...decision, note: `${start}1+1` } }], review, searches),
      );
      expect(row[header.indexOf('title')]).toBe(`'${start}HYPERLINK("http://evil")`);
      expect(row[header.indexOf('note')]).toBe(`'${start}1+1`);
    }
    const [header, row] = read(screenedCsv([{ record: record(), decision: { ...decision, note: '\t=cmd\nnext' } }], review, searches));
    expect(row[header.indexOf('note')]).toBe("'\t=cmd\nnext");
  });

  it('keeps Indonesian and other non-ASCII text intact in UTF-8', () => {
    const title = 'Efektivitas pijat oksitosin — ibu pascasalin “nifas” (Müller, Łódź, 日本)';
    const csv = screenedCsv([{ record: record({ title }) }], review, searches);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = read(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(row[header.indexOf('title')]).toBe(title);
  });
});

describe('evidence table CSV', () => {
  it('writes the extraction fields of each study', () => {
    const r = {
      ...record(),
      evidence: {
        studyDesign: 'Quasi-experimental',
        sampleSize: '30',
        setting: 'Puskesmas',
        intervention: 'Pijat 15 menit',
        comparison: 'Perawatan biasa',
        outcomeMeasure: 'Volume ASI (ml)',
        mainResult: 'p < 0.05',
        notes: '',
      },
    };
    const [header, row] = read(evidenceCsv([r]));
    expect(header).toEqual([
      'key',
      'authors',
      'year',
      'title',
      'journal',
      'doi',
      'study_design',
      'sample_size',
      'setting',
      'intervention',
      'comparison',
      'outcome_measure',
      'main_result',
      'notes',
      'type',
      'report_of',
    ]);
    expect(row).toEqual([
      'doi:10.1000/x',
      'Siti Nurhasanah; Dewi Ayu',
      '2021',
      'Pengaruh pijat oksitosin',
      'Jurnal Kebidanan',
      '10.1000/x',
      'Quasi-experimental',
      '30',
      'Puskesmas',
      'Pijat 15 menit',
      'Perawatan biasa',
      'Volume ASI (ml)',
      'p < 0.05',
      '',
      // The type: the record names none; another report of no study.
      '',
      '',
    ]);
  });
});
