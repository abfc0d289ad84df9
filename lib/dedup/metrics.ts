// Pairwise precision and recall of a grouping against the truth: the usual measure for
// deduplication, where every pair of records put in one group is one "match" decision.

export interface PairwiseMetrics {
  /** Pairs grouped together that truly are one study. */
  truePositives: number;
  /** Pairs grouped together. */
  predictedPairs: number;
  /** Pairs that truly are one study. */
  truePairs: number;
  /** truePositives / predictedPairs; 1 when nothing was grouped. */
  precision: number;
  /** truePositives / truePairs; 1 when there is nothing to find. */
  recall: number;
  f1: number;
}

/**
 * Compare predicted groups with true groups (both lists of index groups over the same records;
 * an index missing from either side counts as a singleton there). Linear in the number of
 * records: pairs are counted per group and per intersection, never enumerated.
 */
export function pairwiseMetrics(predicted: readonly (readonly number[])[], truth: readonly (readonly number[])[]): PairwiseMetrics {
  const trueLabel = new Map<number, number>();
  truth.forEach((group, g) => group.forEach((i) => trueLabel.set(i, g)));
  let truePositives = 0;
  let predictedPairs = 0;
  for (const group of predicted) {
    predictedPairs += pairs(group.length);
    const counts = new Map<number, number>();
    for (const i of group) {
      const label = trueLabel.get(i);
      if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    for (const c of counts.values()) truePositives += pairs(c);
  }
  const truePairs = truth.reduce((sum, g) => sum + pairs(g.length), 0);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predictedPairs, truePairs, precision, recall, f1 };
}

/** Groups of indices from one label per record (records with equal labels are one study). */
export function groupsFromLabels(labels: readonly (string | number)[]): number[][] {
  const byLabel = new Map<string | number, number[]>();
  labels.forEach((label, i) => {
    const group = byLabel.get(label);
    if (group) group.push(i);
    else byLabel.set(label, [i]);
  });
  return [...byLabel.values()];
}

function pairs(k: number): number {
  return (k * (k - 1)) / 2;
}
