// Scores as three bands the reviewer can read at a glance. A band is a hint for attention,
// never a decision: Saring excludes nothing by itself.
import type { RankBasis } from './ranker';

export type Band = 'high' | 'medium' | 'low';

/**
 * Where a band begins, per basis (scores mean different things for each):
 * - `classifier`: the decision value. ≥ 0: the classifier, which weighs the includes up, calls
 *   the record an include; below −0.5: well on the exclude side (see README for the shares of
 *   the includes still to find that fell in each band in simulations).
 * - `includes`: cosine likeness to the included records' mean.
 * - `protocol`: share of criteria named, minus ½ per exclude term (0.6 = three of five named).
 */
export const BAND_FROM: Record<RankBasis, { high: number; medium: number }> = {
  classifier: { high: 0, medium: -0.5 },
  includes: { high: 0.3, medium: 0.1 },
  protocol: { high: 0.6, medium: 0.2 },
};

export function scoreBand(basis: RankBasis, score: number): Band {
  const from = BAND_FROM[basis];
  if (score >= from.high) return 'high';
  return score >= from.medium ? 'medium' : 'low';
}

/**
 * A score as a relevance from 0 to 1, the scale the reviewer sees (tooltips, the Records table,
 * the CSV): the classifier's decision value through a logistic curve (0 → 0.5, where "high"
 * begins), the likeness to the includes as it is, the protocol's share of criteria clipped.
 */
export function relevanceOf(basis: RankBasis, score: number): number {
  if (!Number.isFinite(score)) return 0;
  const value = basis === 'classifier' ? 1 / (1 + Math.exp(-2 * score)) : Math.min(1, Math.max(0, score));
  return Math.round(value * 1000) / 1000;
}
