import { describe, expect, it } from 'vitest';
import { groupsFromLabels, pairwiseMetrics } from '../../lib/dedup/metrics';

describe('pairwiseMetrics', () => {
  it('is perfect when the grouping is the truth', () => {
    const truth = groupsFromLabels(['a', 'b', 'a', 'c', 'a']);
    expect(truth).toEqual([[0, 2, 4], [1], [3]]);
    expect(pairwiseMetrics([[4, 2, 0], [3], [1]], truth)).toEqual({ truePositives: 3, predictedPairs: 3, truePairs: 3, precision: 1, recall: 1, f1: 1 });
  });

  it('counts a false merge against precision and a missed pair against recall', () => {
    const truth = groupsFromLabels([1, 1, 1, 2, 3]);
    // {0,1} found, 2 missed; 3 and 4 wrongly merged.
    const m = pairwiseMetrics([[0, 1], [2], [3, 4]], truth);
    expect(m).toMatchObject({ truePositives: 1, predictedPairs: 2, truePairs: 3 });
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBeCloseTo(1 / 3);
    expect(m.f1).toBeCloseTo(0.4);
  });

  it('treats missing indices as singletons and empty sets as perfect', () => {
    expect(pairwiseMetrics([[0, 1]], [[0, 1]]).recall).toBe(1);
    expect(pairwiseMetrics([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(pairwiseMetrics([[0, 9]], [[0, 1]])).toMatchObject({ truePositives: 0, precision: 0, recall: 0, f1: 0 });
  });
});
