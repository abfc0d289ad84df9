import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRanking, type RankingSource } from '../../lib/background/ranking';
import { ReviewSchema, type Verdict } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';
import type { RankInput } from '../../lib/ranking';

const RECORDS = [
  { key: 'a', addedAt: 1, article: { title: 'Oxytocin massage and breast milk in postpartum mothers' } },
  { key: 'b', addedAt: 2, article: { title: 'Stunting in toddlers' } },
  { key: 'c', addedAt: 3, article: { title: 'Oxytocin massage for breast milk production' } },
  { key: 'd', addedAt: 4, article: { title: 'Stunting and sanitation' } },
];

/** A review held in memory: `mark` changes with every decision, `load` is counted. */
function source() {
  const decided = new Map<string, Verdict>();
  let version = 0;
  const loads = { count: 0 };
  const src: RankingSource = {
    mark: async () => String(version),
    load: async (): Promise<RankInput> => {
      loads.count++;
      const decisions = new Map([...decided].map(([k, decision]) => [k, { decision }]));
      return { review: ReviewSchema.parse(blankReview('r1', 'T')), records: RECORDS, decisions, todo: (k) => !decisions.has(k) };
    },
  };
  const decide = (key: string, verdict: Verdict) => {
    decided.set(key, verdict);
    version++;
  };
  return { src, decide, loads };
}

afterEach(() => vi.useRealTimers());

describe('the background ranking service', () => {
  it('retrains only when the review changed, and once for callers that ask at the same time', async () => {
    const { src, decide, loads } = source();
    const ranking = createRanking(src, () => undefined);
    expect(await ranking.fresh('r1')).toMatchObject({ ok: false, reason: 'needs-an-include' });
    decide('a', 'include');
    decide('b', 'exclude');
    const [x, y] = await Promise.all([ranking.fresh('r1'), ranking.fresh('r1')]);
    expect(x).toEqual(y);
    expect(loads.count).toBe(2);
    await ranking.fresh('r1');
    expect(loads.count).toBe(2);
    expect(x.ok && x.keys).toEqual(['c', 'd']);
  });

  it('coalesces a burst of changes into one retraining, then tells the tabs', async () => {
    vi.useFakeTimers();
    const { src, decide, loads } = source();
    const retrained = vi.fn();
    const ranking = createRanking(src, retrained, 300);
    decide('a', 'include');
    decide('b', 'exclude');
    for (let i = 0; i < 5; i++) ranking.changed('r1');
    await vi.advanceTimersByTimeAsync(400);
    expect(loads.count).toBe(1);
    expect(retrained).toHaveBeenCalledTimes(1);
    // Rows are scored with the model at hand, without waiting.
    const [row] = ranking.rows('r1', [{ text: { title: 'Oxytocin massage and breast milk' } }]);
    expect(row?.band).toBeDefined();
    // Asking for rows again with nothing changed does not retrain nor tell the tabs again.
    await vi.advanceTimersByTimeAsync(400);
    expect(loads.count).toBe(1);
    expect(retrained).toHaveBeenCalledTimes(1);
  });

  it('retrains after data from a team server settles, without later arrivals postponing it', async () => {
    vi.useFakeTimers();
    const { src, decide, loads } = source();
    const retrained = vi.fn();
    const ranking = createRanking(src, retrained, 300, 5_000);
    decide('a', 'include');
    decide('b', 'exclude');
    // A teammate screening: something arrives every two seconds.
    for (let t = 0; t < 4; t++) {
      ranking.warm('r1');
      await vi.advanceTimersByTimeAsync(2_000);
    }
    expect(loads.count).toBe(1);
    expect(retrained).toHaveBeenCalledTimes(1);
    // A change made here does not wait for the settling time.
    decide('c', 'include');
    ranking.warm('r1');
    ranking.changed('r1');
    await vi.advanceTimersByTimeAsync(400);
    expect(loads.count).toBe(2);
  });

  it('gives rows no band, and never throws, before any model exists', () => {
    const { src } = source();
    const ranking = createRanking(src, () => undefined);
    expect(ranking.rows('r1', [{ text: { title: 'x' } }])).toEqual([undefined]);
  });
});
