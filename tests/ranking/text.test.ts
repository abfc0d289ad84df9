import { describe, expect, it } from 'vitest';
import { extractFeatures, stemPlural, tokenize, type FeatureOptions } from '../../lib/ranking/text';
import { SARING_MODEL } from '../../lib/ranking/models';

const options: FeatureOptions = { ...SARING_MODEL.features, minDf: 1 };

describe('tokenize', () => {
  it('reads letters and digits in lower case, NFKC-folded, and drops one-letter words', () => {
    expect(tokenize('Pijat Oksitosin: a ﬁrst RCT (n=40), COVID-19', 'words')).toEqual(['pijat', 'oksitosin', 'first', 'rct', '40', 'covid', '19']);
  });

  it('drops English and Indonesian function words only when asked', () => {
    expect(tokenize('the effect of massage pada ibu yang menyusui', 'words', true)).toEqual(['effect', 'massage', 'ibu', 'menyusui']);
    expect(tokenize('the effect of massage', 'words', false)).toEqual(['the', 'effect', 'of', 'massage']);
  });

  it('cuts scripts written without spaces into character pairs, and keeps other scripts whole', () => {
    expect(tokenize('母乳喂养', 'words')).toEqual(['母乳', '乳喂', '喂养']);
    expect(tokenize('Грудное вскармливание', 'words')).toEqual(['грудное', 'вскармливание']);
    expect(tokenize('', 'words')).toEqual([]);
  });

  it('follows scikit-learn for the reference: runs of two or more word characters', () => {
    expect(tokenize('A b_c de-f 1 22', 'sklearn')).toEqual(['b_c', 'de', '22']);
  });
});

describe('stemPlural', () => {
  it('folds regular English plurals and nothing else', () => {
    expect(['studies', 'rats', 'mothers', 'analyses', 'status', 'class', 'bus', 'ies'].map(stemPlural)).toEqual([
      'study',
      'rat',
      'mother',
      'analyse',
      'status',
      'class',
      'bus',
      'ies',
    ]);
  });
});

describe('extractFeatures', () => {
  it('gives the same sorted ids for the same text, and counts repeated words', () => {
    const a = extractFeatures({ title: 'Milk volume', abstract: 'milk milk volume' }, options);
    const b = extractFeatures({ title: 'Milk volume', abstract: 'milk milk volume' }, options);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.ids)).toEqual([...a.ids].sort((x, y) => x - y));
    expect(Math.max(...a.tf)).toBeCloseTo(1 + Math.log(3)); // "milk": twice in the abstract, once in the title
  });

  it('makes bigrams inside a part only, and title words count again as title features', () => {
    const plain = { ...options, titleFeatures: false };
    const joined = extractFeatures({ title: 'alpha', abstract: 'beta' }, plain);
    expect(joined.ids.length).toBe(2); // alpha, beta: no "alpha beta" across title and abstract
    expect(extractFeatures({ title: 'alpha', abstract: 'beta' }, options).ids.length).toBe(3);
    expect(extractFeatures({ abstract: 'alpha beta' }, plain).ids.length).toBe(3);
  });

  it('reads keywords, and copes with a record with no text at all', () => {
    expect(extractFeatures({ title: '', keywords: ['breast milk'] }, options).ids.length).toBe(3);
    expect(extractFeatures({}, options).ids.length).toBe(0);
  });
});
