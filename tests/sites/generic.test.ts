import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { expectValid, load } from './parse';
import hostile from './fixtures/web/hostile.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = generic.extract(doc, url);
  expectValid(found);
  return found;
};

describe('embedded metadata (generic)', () => {
  it('runs only on request: no match patterns, any http(s) page', () => {
    expect(generic.matches).toEqual([]);
    expect(generic.accepts(new URL('http://example.org/a'))).toBe(true);
    expect(generic.accepts(new URL('file:///tmp/a.html'))).toBe(false);
  });

  it('keeps titles as text and survives duplicated, contradictory tags', () => {
    const article = read(hostile)!.articles[0];
    // The <script> and <b> inside the title come out as their text; "p<0.05" and "> 5" stay.
    expect(article.title).toBe('alert(1) Effect of zinc at p<0.05 & dose > 5 mg');
    expect(article.authors).toEqual(['Lee, Ann', 'Kim, Bo']); // the block printed twice counts once
    expect(article.doi).toBe('10.1234/zinc.2020.1'); // the first tag is not a DOI: the next one is
    expect(article.year).toBe(2020);
  });
});
