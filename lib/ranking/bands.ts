// Scores as a relevance from 0 to 1 and three bands the reviewer can read at a glance. A band
// is a hint for attention, never a decision: Saring excludes nothing by itself.
import type { RankModel } from './ranker';

export type Band = 'high' | 'medium' | 'low';

/** Where the bands begin on the 0–1 relevance scale. */
export const BAND_FROM = { high: 0.4, medium: 0.15 } as const;

/**
 * A raw score as relevance from 0 to 1.
 * - `classifier`: the decision value placed between the median score of the excluded records
 *   (0) and of the included ones (1) it was trained on, clipped. The raw values alone mean
 *   little early on: with a handful of decisions a strongly regularised SVM gives every record
 *   nearly the same value (its bias), so a fixed cut would call everything "high".
 * - `includes`: cosine likeness to the included records' mean, as it is.
 * - `protocol`: share of criteria named, minus ½ per exclude term, clipped.
 */
export function relevanceOf(model: Pick<RankModel, 'basis' | 'scale'>, score: number): number {
  if (!Number.isFinite(score)) return 0;
  let value = score;
  if (model.basis === 'classifier') {
    const { from, to } = model.scale ?? { from: -1, to: 1 };
    value = to > from ? (score - from) / (to - from) : 0.5;
  }
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

export function bandOf(relevance: number): Band {
  if (relevance >= BAND_FROM.high) return 'high';
  return relevance >= BAND_FROM.medium ? 'medium' : 'low';
}
