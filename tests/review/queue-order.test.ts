import { describe, expect, it } from 'vitest';
import { queueOrder, upNext } from '../../lib/review/queue-order';
import type { ReviewRanking } from '../../lib/ranking';

const ranked: ReviewRanking = { ok: true, basis: 'classifier', includes: 1, excludes: 1, keys: ['c', 'a', 'd'], relevance: [] };
const unranked: ReviewRanking = { ok: false, reason: 'needs-an-include', message: 'needs an include' };
const records = [
  { key: 'a', addedAt: 1 },
  { key: 'b', addedAt: 2 },
  { key: 'c', addedAt: 3 },
  { key: 'd', addedAt: 4 },
];

describe('the queue order', () => {
  it('is most relevant first by default once the review can be ranked, imported order before', () => {
    expect(queueOrder(undefined, ranked)).toEqual({ order: 'relevance' });
    expect(queueOrder(undefined, unranked)).toEqual({ order: 'imported', why: unranked });
    expect(queueOrder(undefined, undefined)).toEqual({ order: 'imported' });
  });

  it("keeps the reviewer's choice, and says why it falls back when relevance cannot be had", () => {
    expect(queueOrder('imported', ranked)).toEqual({ order: 'imported' });
    expect(queueOrder('relevance', unranked)).toEqual({ order: 'imported', why: unranked });
  });

  it('shows next the top of the ranking not shown yet, or the oldest record left', () => {
    const todo = (key: string) => key !== 'b';
    expect(upNext('relevance', ranked, records, todo, new Set(['c']))).toEqual(['a', 'd']);
    expect(upNext('imported', ranked, records, todo, new Set(['a']))).toEqual(['c', 'd']);
    expect(upNext('relevance', unranked, records, () => true, new Set())).toEqual(['a', 'b', 'c', 'd']);
  });
});
