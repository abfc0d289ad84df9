import { describe, expect, it } from 'vitest';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { parseBibliography } from '../../lib/formats';
import { ReviewSchema, type ReviewRecord } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

// R6: Saring's own CSV, imported again (another reviewer's export, a review moved between
// browsers), kept the apostrophe the writer puts before a cell a spreadsheet would run
// ("-Omics …" came back "'-Omics …"), and joined the lines of an abstract whose sections
// start with a dash ("'- Background: … - Methods: …").

const review = ReviewSchema.parse(blankReview('r1', 'Pijat oksitosin'));

const STORED = { reviewId: 'r1', aliases: [], addedAt: 1, updatedAt: 1, sources: [{ database: 'pubmed', at: 1 }] };
const record = (key: string, article: Partial<ReviewRecord['article']>): ReviewRecord => ({
  ...STORED,
  key,
  article: { title: 'T', authors: ['Siti Nurhasanah'], year: 2021, url: `https://example.org/${key}`, source: 'import', ...article },
});

const records = [
  record('a', {
    title: '-Omics in midwifery care',
    authors: ['-Suharti', 'Budi Santoso'],
    journal: '@Jurnal Kebidanan',
    keywords: ['-omics', 'nifas'],
    abstract: '- Background: ASI rendah pada ibu nifas.\n- Methods: kuasi eksperimen, n = 30.\n- Results: volume ASI naik.',
  }),
  record('b', { title: '+3 days of oxytocin massage', abstract: '=1+1 is no formula here.\nMethods: a trial.' }),
  record('c', { title: "'Tis the season: a midwife's note", abstract: 'Background\nMother-infant separation is common.\nObjectives\nTo assess it.' }),
];

describe("Saring's own CSV read back", () => {
  for (const separator of [',', ';'] as const) {
    it(`gives back titles, names, journals, keywords and abstracts as they were written (separator ${separator})`, async () => {
      const csv = screenedCsv(
        records.map((r) => ({ record: r })),
        review,
        [],
        { separator },
      );
      // The file itself keeps its guard: a spreadsheet opening it runs nothing.
      expect(csv).toContain(`"'-Omics in midwifery care"`);
      const result = await parseBibliography(csv, 'saring-export.csv');
      expect(result.dialect).toBe('saring');
      expect(result.records.map((a) => [a.title, a.authors, a.journal, a.keywords, a.abstract])).toEqual(
        records.map((r) => [r.article.title, r.article.authors, r.article.journal, r.article.keywords, r.article.abstract]),
      );
    });
  }
});
