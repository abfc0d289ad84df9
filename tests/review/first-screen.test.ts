import { describe, expect, it } from 'vitest';
import { firstScreenOf } from '../../lib/review/first-screen';
import type { Decision, ReviewRecord } from '../../lib/model';

const record = (key: string): ReviewRecord => ({
  reviewId: 'r',
  key,
  article: { title: `Study ${key}`, authors: [], keywords: [], url: 'https://example.org', source: 'import' },
  sources: [],
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
});
const decision = (verdict: Decision['decision'], decidedAt: number): Decision => ({ decision: verdict, decidedAt, answers: {} }) as Decision;

describe('the first screen of a review', () => {
  const records = ['a', 'b', 'c', 'd', 'e'].map(record);
  const decisions = new Map([
    ['b', decision('include', 10)],
    ['d', decision('exclude', 30)],
    ['e', decision('maybe', 20)],
  ]);

  it('holds the rows the table opens with: latest decision first, undecided after', () => {
    const screen = firstScreenOf({ reviewId: 'r', mark: 'm', reviewerId: 'ani' }, records, decisions, 4);
    expect(screen.rows.map((r) => r.record.key)).toEqual(['d', 'e', 'b', 'a']);
    expect(screen.rows[0].decision?.decision).toBe('exclude');
    expect(screen.rows[3].decision).toBeUndefined();
  });

  it('counts every record of the review, not only the rows it holds', () => {
    const screen = firstScreenOf({ reviewId: 'r', mark: 'm', reviewerId: 'ani' }, records, decisions, 2);
    expect(screen.rows).toHaveLength(2);
    expect(screen.total).toBe(5);
    expect(screen.counts).toEqual({ include: 1, exclude: 1, maybe: 1, undecided: 2 });
  });
});
