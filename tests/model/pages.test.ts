// Pages follow one rule whether they come from a page (ArticleSchema, in the background) or from
// an export (the importers): the same record read both ways must not disagree.
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../lib/model/article';
import { parseRis } from '../../lib/formats';

const fromPage = (pages: string) => ArticleSchema.parse({ title: 'A title', authors: [], url: '', source: 'web', pages }).pages;
const fromRis = (pages: string) => parseRis(`TY  - JOUR\nTI  - A title\nSP  - ${pages}\nER  - \n`).records[0]?.pages;

describe('pages from a page and from an export', () => {
  it.each([
    ['12 – 20', '12-20'], // OJS and Garuda pages write the range with spaces around an en dash
    ['pp. 45-52', '45-52'],
    ['Hal. 45-52', '45-52'], // Indonesian "halaman"
    ['6913-7', '6913-6917'], // MEDLINE's shortened last page
    ['321-321', '321'],
    ['S12–S20', 'S12-S20'],
    ['e12345', 'e12345'], // an article number stays as it is
    ['III-493-6', 'III-493-III-496'], // IEEE's part numeral, the end shortened as MEDLINE does
    ['II-677-683', 'II-677-II-683'], // the end without its part's numeral
    ['II-677-II-683', 'II-677-II-683'],
    ['IV-12-12', 'IV-12'],
    ['XI-5', 'XI-5'],
    ['VII', 'VII'], // a page in Roman numerals (a preface) stays
    ['n/a', undefined],
    ['179-81, 195', '179-181, 195'], // MEDLINE: an article continued on a later page, each range written whole
    ['12-5; discussion 16-7', '12-15; discussion 16-7'],
    ['1,234-1,240', '1,234-1,240'], // a comma without a space is no list
  ])('%s is written %s both ways', (pages, expected) => {
    expect(fromPage(pages)).toBe(expected);
    expect(fromRis(pages)).toBe(expected);
  });

  it('still bounds what a hostile page sends', () => {
    expect(() => ArticleSchema.parse({ title: 'T', authors: [], url: '', source: 'web', pages: '1'.repeat(5_000) })).toThrow();
  });
});
