import { describe, expect, it } from 'vitest';
import { ArticleSchema, isChecked, markChecked } from '../../lib/model';
import { parseBibliography } from '../../lib/formats';
import { generateRis } from '../formats/generate';

// Imports take articles the export readers made as valid without running Zod again: that is
// only sound while those articles are exactly what ArticleSchema.parse gives.
describe('articles checked once', () => {
  it('marks what the export readers make, each equal to its ArticleSchema.parse', () => {
    const { records } = parseBibliography(generateRis(50), 'x.ris');
    expect(records).toHaveLength(50);
    for (const record of records) {
      expect(isChecked(record)).toBe(true);
      expect(ArticleSchema.parse(record)).toEqual(record);
    }
  });

  it('never vouches for a copy, a message or anything not marked', () => {
    const [record] = parseBibliography(generateRis(1), 'x.ris').records;
    expect(isChecked(structuredClone(record))).toBe(false);
    expect(isChecked({ ...record })).toBe(false);
    expect(isChecked(null)).toBe(false);
    expect(isChecked('text')).toBe(false);
    expect(isChecked(JSON.parse(JSON.stringify(record)))).toBe(false);
    expect(isChecked(Object.assign({}, record))).toBe(false);
    expect(isChecked(markChecked({ title: 'x' }))).toBe(true);
  });

  it('leaves the article itself as it was: no key, symbol or prototype added, marked twice harmlessly', () => {
    const article = { title: 'x' };
    expect(markChecked(markChecked(article))).toBe(article);
    expect(Reflect.ownKeys(article)).toEqual(['title']);
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
    expect(structuredClone(article)).toEqual({ title: 'x' });
  });
});
