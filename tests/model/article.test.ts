import { describe, expect, it } from 'vitest';
import { ArticleSchema, DecisionPayloadSchema, ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

const valid = {
  title: '  Pengaruh   pijat oksitosin\n terhadap produksi ASI ',
  authors: ['Siti Nurhasanah', 'Dewi A'],
  year: 2021,
  doi: 'https://doi.org/10.31004/JOHC.V2I1.123',
  pmid: '0034567',
  url: 'https://pubmed.ncbi.nlm.nih.gov/34567/',
  source: 'pubmed',
};

describe('ArticleSchema', () => {
  it('cleans what it accepts: whitespace collapsed, DOI bare and lowercase, PMID without zeros', () => {
    const a = ArticleSchema.parse(valid);
    expect(a.title).toBe('Pengaruh pijat oksitosin terhadap produksi ASI');
    expect(a.doi).toBe('10.31004/johc.v2i1.123');
    expect(a.pmid).toBe('34567');
  });

  it('refuses an article without a title, with a bad DOI or a non-web URL, naming the field', () => {
    const noTitle = ArticleSchema.safeParse({ ...valid, title: '   ' });
    expect(noTitle.success).toBe(false);
    expect(noTitle.error?.issues[0].path).toEqual(['title']);
    const badDoi = ArticleSchema.safeParse({ ...valid, doi: 'see the journal page' });
    expect(badDoi.error?.issues[0].message).toMatch(/not a DOI/);
    expect(ArticleSchema.safeParse({ ...valid, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...valid, source: 'scopus' }).success).toBe(false);
  });

  it('bounds page content so a hostile page cannot fill the database', () => {
    expect(ArticleSchema.safeParse({ ...valid, title: 'x'.repeat(2_001) }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...valid, authors: Array(5_001).fill('A') }).success).toBe(false);
  });

  it('accepts an imported record without a URL', () => {
    expect(ArticleSchema.parse({ title: 'T', authors: [], url: '', source: 'import' }).url).toBe('');
  });
});

describe('ReviewSchema and decisions', () => {
  it('accepts a blank review and refuses one without a title or with an inverted window', () => {
    const review = blankReview('r1', 'Oxytocin massage', 1_700_000_000_000);
    expect(ReviewSchema.parse(review).window).toMatchObject({ mode: 'last-n', years: 5 });
    expect(ReviewSchema.safeParse({ ...review, title: ' ' }).success).toBe(false);
    const inverted = ReviewSchema.safeParse({ ...review, window: { mode: 'range', from: 2023, to: 2018 } });
    expect(inverted.error?.issues[0].message).toMatch(/ends before it starts/);
  });

  it('gives a reason only to exclusions', () => {
    const base = { stage: 'screening', decision: 'include' };
    expect(DecisionPayloadSchema.safeParse({ ...base, reason: 'wrong population' }).success).toBe(false);
    expect(DecisionPayloadSchema.parse({ ...base, decision: 'exclude', reason: 'wrong population' }).answers).toEqual({});
  });
});
