// Google Scholar cuts a long title or byline to the part around the words searched for; Saring
// stores the text without its "…" and the cut end in `cut` (lib/model/cut.ts). Every export puts
// the mark back where the text was cut, so no reader takes a part for the whole.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ReviewSchema, type ReviewRecord } from '../../lib/model';
import { screenedCells, SCREENED_CSV_COLUMNS } from '../../lib/formats/screened-csv';
import { serialiseRis } from '../../lib/formats/ris-write';
import { serialiseBibtex } from '../../lib/formats/bibtex-write';
import { markedAuthors } from '../../lib/model/cut';
import { blankReview } from '../../lib/screening/templates';

const scholarRow = ArticleSchema.parse({
  title: 'erosion, uplift and unroofing of the Transantarctic Mountains',
  authors: ['DN Mariyani', 'S Rahmawati'],
  authorsTruncated: true,
  cut: { title: 'both', authors: 'start' },
  year: 2020,
  url: 'https://example.org/a',
  source: 'google-scholar',
});
const record: ReviewRecord = { reviewId: 'r', key: 'google-scholar:a', aliases: [], addedAt: 1, updatedAt: 1, sources: [], article: scholarRow };
const cell = (name: (typeof SCREENED_CSV_COLUMNS)[number]) =>
  screenedCells({ record }, ReviewSchema.parse(blankReview('r', 'R', 1)), new Map())[SCREENED_CSV_COLUMNS.indexOf(name)];

describe('a title or author list Google Scholar cut, exported', () => {
  it('carries its "…" where it was cut, in the screened CSV', () => {
    expect(cell('title')).toBe('… erosion, uplift and unroofing of the Transantarctic Mountains …');
    expect(cell('authors')).toBe('…; DN Mariyani; S Rahmawati');
  });

  it('in RIS and BibTeX titles too', () => {
    expect(serialiseRis([{ article: scholarRow }])).toContain('TI  - … erosion, uplift and unroofing of the Transantarctic Mountains …');
    expect(serialiseBibtex([{ article: scholarRow }])).toContain('… erosion, uplift and unroofing of the Transantarctic Mountains …');
  });

  it('a list cut at its end only, as every source marks it, ends with "…"; a whole list has none', () => {
    expect(markedAuthors({ authors: ['A Sari', 'B Putri'], authorsTruncated: true })).toBe('A Sari; B Putri; …');
    expect(markedAuthors({ authors: ['A Sari'], authorsTruncated: true, cut: { authors: 'both' } })).toBe('…; A Sari; …');
    expect(markedAuthors({ authors: ['A Sari', 'B Putri'] })).toBe('A Sari; B Putri');
  });
});
