import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../lib/model';
import { ARTICLE_LIMITS } from '../../lib/model/limits';
import { finish } from '../../lib/sites/dom';
import { finishRecord, Warnings } from '../../lib/formats/record';

// One set of bounds: what the schema accepts is exactly what adapters and importers cut to.
const TEXT_FIELDS = ['title', 'journal', 'volume', 'issue', 'pages', 'abstract', 'language', 'sourceId'] as const;
const long = (n: number) => 'a'.repeat(n + 50);

describe('article field limits', () => {
  it('the schema refuses one character more than each limit', () => {
    for (const field of TEXT_FIELDS) {
      const base = { title: 'T', authors: [], url: '', source: 'import' as const };
      const ok = ArticleSchema.safeParse({ ...base, [field]: 'a'.repeat(ARTICLE_LIMITS[field]) });
      const over = ArticleSchema.safeParse({ ...base, [field]: 'a'.repeat(ARTICLE_LIMITS[field] + 1) });
      expect([field, ok.success, over.success]).toEqual([field, true, false]);
    }
  });

  it('adapters and importers cut every field to the limit the schema accepts', () => {
    const input = Object.fromEntries(TEXT_FIELDS.map((f) => [f, long(ARTICLE_LIMITS[f])]));
    const fromPage = finish({ ...input, title: long(ARTICLE_LIMITS.title), authors: [long(ARTICLE_LIMITS.author)], url: 'https://example.org/a', source: 'pubmed' })!;
    const fromFile = finishRecord({ ...input, authors: [long(ARTICLE_LIMITS.author)] }, 1, new Warnings())!;
    for (const article of [fromPage, fromFile]) {
      for (const field of TEXT_FIELDS) expect([field, (article[field] as string).length]).toEqual([field, ARTICLE_LIMITS[field]]);
      expect(article.authors[0]).toHaveLength(ARTICLE_LIMITS.author);
      expect(ArticleSchema.safeParse(article).success).toBe(true);
    }
  });
});
