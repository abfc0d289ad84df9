// Every committed fixture page that has a `<page>.expected.json` beside it is read with the
// whole registry (extractPage) and compared field by field, as Readability's test pages are:
// the page's own fields as listed, and every article with exactly the listed fields. `null`
// expects no reading at all; a "$comment" says what the page is there to show. Pages are found per site, from the registry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, PageExtraction } from '../../lib/model';
import { ADAPTERS, extractPage } from '../../lib/sites';
import { expectValid, load } from './parse';

const FIXTURES = path.resolve(__dirname, 'fixtures');

type Expected = (Partial<Omit<PageExtraction, 'articles'>> & { articles: Partial<Article>[] }) | null;

const pages = ADAPTERS.flatMap((adapter) => {
  const dir = path.join(FIXTURES, adapter.id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => [`${adapter.id}/${file.replace(/\.expected\.json$/, '.html')}`, dir, file] as const);
});

describe('fixture pages with expected readings', () => {
  it('there are some for every site', () => {
    for (const adapter of ADAPTERS)
      expect(
        pages.some(([name]) => name.startsWith(`${adapter.id}/`)),
        adapter.id,
      ).toBe(true);
  });

  it.each(pages)('%s', (name, dir, file) => {
    const html = readFileSync(path.join(dir, path.basename(name)), 'utf8');
    const expected: Expected = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const { doc, url } = load(html);
    const found = extractPage(doc, url);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found, 'nothing was read').not.toBeNull();
    expectValid(found);
    const { articles, ...page } = expected;
    for (const [key, value] of Object.entries(page)) {
      if (!key.startsWith('$')) expect(found![key as keyof PageExtraction], key).toEqual(value); // "$comment": a note
    }
    expect(found!.articles, 'number of articles').toHaveLength(articles.length);
    articles.forEach((want, i) => {
      const got = found!.articles[i] as Record<string, unknown>;
      expect(Object.keys(got).sort(), `article ${i}: fields`).toEqual(Object.keys(want).sort());
      for (const [key, value] of Object.entries(want)) expect(got[key], `article ${i}: ${key}`).toEqual(value);
    });
  });
});
