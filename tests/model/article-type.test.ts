// The publication type of a record (lib/model/article-type.ts): stored only when known, old
// records without it load, a kind from a newer release is read as none, and two copies of one
// record that disagree keep the one that says more, in any order.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ReviewRecordSchema } from '../../lib/model';
import { ARTICLE_TYPES, isArticleType, moreSpecificType, type ArticleType } from '../../lib/model/article-type';
import { joinArticle } from '../../lib/review/join';

const article = (type?: unknown) => ArticleSchema.parse({ title: 'Pijat oksitosin', authors: ['Sari D'], url: '', source: 'import', ...(type === undefined ? {} : { type }) });

describe('article type', () => {
  it('is kept when known, absent when the source names none', () => {
    expect(article('review').type).toBe('review');
    expect(article()).not.toHaveProperty('type');
  });

  it('loads a record saved before there was a type, and reads a kind it does not know as none', () => {
    const old = { reviewId: 'r', key: 'pmid:1', aliases: [], addedAt: 1, updatedAt: 2, sources: [], article: { title: 'Old', authors: [], url: '', source: 'pubmed' } };
    expect(ReviewRecordSchema.parse(old).article.type).toBeUndefined();
    expect(article('podcast-episode').type).toBeUndefined();
    expect(isArticleType('podcast-episode')).toBe(false);
    expect(ARTICLE_TYPES.every(isArticleType)).toBe(true);
  });

  it('joins two copies to the kind that says more', () => {
    expect(joinArticle(article('article'), article('review')).type).toBe('review');
    expect(joinArticle(article('letter'), article('article')).type).toBe('letter');
    expect(joinArticle(article('article'), article('other')).type).toBe('article');
    expect(joinArticle(article('preprint'), article('article')).type).toBe('article');
    expect(joinArticle(article('article'), article('chapter')).type).toBe('chapter');
    expect(joinArticle(article(), article('thesis')).type).toBe('thesis');
    expect(joinArticle(article(), article())).not.toHaveProperty('type');
  });

  it('chooses the same kind in any order and grouping', () => {
    const kinds: (ArticleType | undefined)[] = [undefined, ...ARTICLE_TYPES];
    for (const a of kinds)
      for (const b of kinds) {
        expect(moreSpecificType(a, b)).toBe(moreSpecificType(b, a));
        expect(moreSpecificType(a, a)).toBe(a);
        for (const c of kinds) expect(moreSpecificType(moreSpecificType(a, b), c)).toBe(moreSpecificType(a, moreSpecificType(b, c)));
      }
  });
});
