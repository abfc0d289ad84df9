import { describe, expect, it } from 'vitest';
import { findDuplicates, groupDuplicates, groupsFromLabels, pairwiseMetrics, type LikelyPair } from '../../lib/dedup';
import { generateArticles, generateLabelled } from './generate';

/** The groups a reviewer would end with after merging every likely pair. */
function acceptAll(groups: number[][], likely: LikelyPair[]): number[][] {
  const parent = new Map<number, number>();
  const find = (i: number): number => (parent.get(i) === undefined || parent.get(i) === i ? i : find(parent.get(i)!));
  for (const g of groups) for (const i of g) parent.set(i, g[0]);
  for (const p of likely) parent.set(find(p.b), find(p.a));
  return groupsFromLabels([...parent.keys()].sort((a, b) => a - b).map(find));
}

describe('duplicate detection on a generated bibliography', () => {
  it('groups copies written differently by different databases, with no false merge', () => {
    const { articles, truth } = generateLabelled(20_000, 0.3, 7);
    const { groups, likely } = findDuplicates(articles);
    const m = pairwiseMetrics(groups, groupsFromLabels(truth));
    const withLikely = pairwiseMetrics(acceptAll(groups, likely), groupsFromLabels(truth));
    const likelyTrue = likely.filter((p) => truth[p.a] === truth[p.b]).length;
    console.log(
      `generated: ${articles.length} records, ${m.truePairs} true pairs; certain precision ${m.precision}, recall ${m.recall.toFixed(4)}; ` +
        `${likely.length} likely pairs (${likelyTrue} true); recall if all accepted ${withLikely.recall.toFixed(4)}`,
    );
    expect(m.precision).toBe(1);
    // ~8% of copies are damaged on purpose (no author, no year, a typo): certain matching must
    // leave those without identifiers apart, and the likely list must find them.
    expect(m.recall).toBeGreaterThan(0.88);
    expect(withLikely.recall).toBeGreaterThan(0.99);
    // Likely pairs only link groups that the certain pass left apart.
    const groupOf = new Map<number, number>();
    groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
    for (const p of likely) expect(groupOf.get(p.a)).not.toBe(groupOf.get(p.b));
  });

  it('is deterministic for a seed', () => {
    expect(generateArticles(50, 0.2, 3)).toEqual(generateArticles(50, 0.2, 3));
  });

  // Its speed (dedup_100k_ms) is measured in Chromium by `npm run bench`.
  it('puts each of 100,000 records in exactly one group', () => {
    const groups = groupDuplicates(generateArticles(100_000, 0.25));
    const seen = groups.flat();
    expect(seen).toHaveLength(100_000);
    expect(new Set(seen).size).toBe(100_000);
  });
});
