import { describe, expect, it } from 'vitest';
import { advanceFirstScreen, firstScreenOf } from '../../lib/review/first-screen';
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

describe('a first screen catching up', () => {
  // 30 records k00…k29: k00–k24 decided (k24 newest), k25–k29 undecided; most screens hold 27.
  const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
  const records = keys.map(record);
  const decisions = new Map(keys.slice(0, 25).map((k, i) => [k, decision('include', 100 + i)] as const));
  const at = { reviewId: 'r', mark: '1:1', reviewerId: 'ani' };
  const never = () => false;
  const shown = (screen: { rows: { record: ReviewRecord }[] } | undefined) => screen?.rows.map((r) => r.record.key);
  /** What a full read would show after the same change. */
  const full = (change: Map<string, Decision | undefined>, extra: ReviewRecord[] = [], size = 27) => {
    const now = new Map(decisions);
    for (const [k, d] of change) d ? now.set(k, d) : now.delete(k);
    return firstScreenOf(at, [...records, ...extra], now, size);
  };

  it('moves a newly decided record to the top and counts it once', () => {
    const screen = firstScreenOf(at, records, decisions, 27);
    const next = advanceFirstScreen(screen, '2:1', [{ key: 'k27', before: {}, after: { record: record('k27'), decision: decision('exclude', 500) } }], never, 27);
    const expected = full(new Map([['k27', decision('exclude', 500)]]));
    expect(shown(next)).toEqual(shown(expected));
    expect(next?.counts).toEqual(expected.counts);
    expect(next?.mark).toBe('2:1');
  });

  it('leaves out a record whose place is now past its last row: another may come first there', () => {
    const screen = firstScreenOf(at, records, decisions, 22);
    // k24 (the first row) decided again, dated long ago: its place is past the 22 decided rows held.
    const next = advanceFirstScreen(
      screen,
      '2:1',
      [{ key: 'k24', before: { decision: decisions.get('k24') }, after: { record: record('k24'), decision: decision('include', 1) } }],
      never,
      22,
    );
    const expected = full(new Map([['k24', decision('include', 1)]]), [], 22);
    expect(next?.rows).toHaveLength(21);
    expect(shown(next)).toEqual(shown(expected)?.slice(0, 21));
    expect(next?.counts).toEqual(expected.counts);
  });

  it('puts every record in its place when it held the whole review, new ones included', () => {
    const screen = firstScreenOf(at, records, decisions, 60);
    const next = advanceFirstScreen(screen, '1:2', [{ key: 'k30', after: { record: record('k30') } }], never, 60);
    expect(shown(next)).toEqual(shown(full(new Map(), [record('k30')], 60)));
    expect(next?.total).toBe(31);
    expect(next?.counts.undecided).toBe(6);
  });

  it('gives up on a tie it cannot order (two merged records), or when too few rows would be left', () => {
    const screen = firstScreenOf(at, records, decisions, 27);
    // In the opening order merged records follow the others, among themselves in an order only the whole review tells.
    const merged = (key: string) => key === 'k26' || key === 'k30';
    expect(advanceFirstScreen(screen, '1:2', [{ key: 'k30', after: { record: record('k30') } }], merged, 27)).toBeUndefined();
    const late = keys.slice(15, 25).map((k) => ({ key: k, before: { decision: decisions.get(k) }, after: { record: record(k), decision: decision('include', 1) } }));
    expect(advanceFirstScreen(firstScreenOf(at, records, decisions, 22), '2:1', late, never, 22)).toBeUndefined();
  });
});
