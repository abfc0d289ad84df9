import { describe, expect, it } from 'vitest';
import { addRecords, corpusIndex, createCorpus, removeRecords, vocabularyIndex, weightedCorpus } from '../../lib/ranking/corpus';

const records = [
  { key: 'a', text: { title: 'Oxytocin massage and milk volume', abstract: 'Massage increased milk volume.' } },
  { key: 'b', text: { title: 'Stunting in toddlers', abstract: 'Kejadian stunting pada balita.' } },
  { key: 'c', text: { title: 'Milk volume after caesarean birth' } },
];

describe('corpus', () => {
  it('counts the records each feature occurs in, and reads records as they are added', () => {
    const corpus = createCorpus({ minDf: 1 });
    expect(addRecords(corpus, records.slice(0, 2))).toBe(2);
    const before = corpus.version;
    addRecords(corpus, records.slice(2));
    expect(corpus.version).toBeGreaterThan(before);
    expect(corpus.keys).toEqual(['a', 'b', 'c']);
    expect(corpusIndex(corpus).get('c')).toBe(2);
    const total = corpus.df.reduce((s, d) => s + d, 0);
    expect(total).toBe(corpus.features.reduce((s, f) => s + f.ids.length, 0));
  });

  it('replaces the text of a record added again, and removes records', () => {
    const corpus = createCorpus({ minDf: 1 });
    addRecords(corpus, records);
    const dfBefore = Int32Array.from(corpus.df);
    addRecords(corpus, [{ key: 'c', text: { title: 'Milk volume after caesarean birth', abstract: 'A new abstract.' } }]);
    expect(corpus.keys).toHaveLength(3);
    expect(corpus.df.reduce((s, d) => s + d, 0)).toBeGreaterThan(dfBefore.reduce((s, d) => s + d, 0));
    expect(removeRecords(corpus, ['b', 'zzz'])).toBe(1);
    expect(corpus.keys).toEqual(['a', 'c']);
    expect(corpusIndex(corpus).get('c')).toBe(1);
  });

  it('weights rows by TF-IDF, normalised to length 1, over a sorted vocabulary', () => {
    const corpus = createCorpus({ minDf: 1 });
    addRecords(corpus, records);
    const { vocabulary, rows } = weightedCorpus(corpus);
    expect(weightedCorpus(corpus).rows).toBe(rows); // cached until the corpus changes
    for (const values of rows.values) expect(values.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    expect(Array.from(vocabulary.ids)).toEqual([...vocabulary.ids].sort((x, y) => x - y));
    expect(vocabularyIndex(vocabulary.ids, vocabulary.ids[3])).toBe(3);
    expect(vocabularyIndex(vocabulary.ids, -5)).toBe(-1);
    // "milk" is in two of three records, "stunting" in one: the rarer word weighs more.
    const idf = (n: number, df: number) => Math.log((1 + n) / (1 + df)) + 1;
    expect(Math.max(...vocabulary.idf)).toBeCloseTo(idf(3, 1), 5);
  });

  it('ignores features in fewer records than minDf', () => {
    const corpus = createCorpus({ minDf: 2 });
    addRecords(corpus, records);
    const { vocabulary, rows } = weightedCorpus(corpus);
    expect(Math.min(...vocabulary.idf)).toBeGreaterThan(0);
    expect(rows.ids[1].length).toBe(0); // record b shares no word with the others
    expect(rows.ids[0].length).toBeGreaterThan(0);
  });
});
