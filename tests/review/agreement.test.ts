import { describe, expect, it } from 'vitest';
import type { Decision } from '../../lib/model';
import { agreementFromCounts, pairwiseAgreement } from '../../lib/review/agreement';

describe("Cohen's kappa, percent agreement and PABAK", () => {
  it('match figures worked out by hand', () => {
    // Rows: Ani include/exclude/maybe; columns: Budi. 20 records both decided.
    // po = (6 + 9 + 1) / 20 = 0.8.
    // Ani's totals 8, 10, 2; Budi's 7, 12, 1 → pe = (8·7 + 10·12 + 2·1) / 400 = 178 / 400 = 0.445.
    // kappa = (0.8 − 0.445) / (1 − 0.445) = 0.355 / 0.555 = 0.6396…; PABAK = (3·0.8 − 1) / 2 = 0.7.
    const result = agreementFromCounts([
      [6, 2, 0],
      [1, 9, 0],
      [0, 1, 1],
    ]);
    expect(result.n).toBe(20);
    expect(result.percent).toBeCloseTo(0.8, 10);
    expect(result.kappa).toBeCloseTo(0.355 / 0.555, 10);
    expect(result.pabak).toBeCloseTo(0.7, 10);
  });

  it('is undefined where it cannot be computed, not a division by zero', () => {
    expect(
      agreementFromCounts([
        [0, 0],
        [0, 0],
      ]),
    ).toEqual({ n: 0 });
    // Both always said include: chance agreement is 1, kappa has no value.
    expect(
      agreementFromCounts([
        [5, 0],
        [0, 0],
      ]),
    ).toMatchObject({ n: 5, percent: 1, kappa: undefined });
  });

  it('pairs every two reviewers over the records both decided, leaving rule decisions out', () => {
    const d = (key: string, by: string, decision: Decision['decision'], automatic = false): Decision => ({
      id: `${key}${by}`,
      reviewId: 'r',
      key,
      stage: 'screening',
      answers: {},
      decision,
      reviewer: by,
      reviewerId: by,
      decidedAt: 1,
      automatic,
    });
    const byReviewer = new Map([
      [
        'a',
        new Map([
          ['ani', d('a', 'ani', 'include')],
          ['budi', d('a', 'budi', 'include')],
        ]),
      ],
      [
        'b',
        new Map([
          ['ani', d('b', 'ani', 'exclude')],
          ['budi', d('b', 'budi', 'maybe')],
        ]),
      ],
      [
        'c',
        new Map([
          ['ani', d('c', 'ani', 'exclude', true)],
          ['budi', d('c', 'budi', 'exclude')],
        ]),
      ],
      ['d', new Map([['budi', d('d', 'budi', 'include')]])],
    ]);
    const [pair] = pairwiseAgreement(byReviewer);
    expect(pair.a.name).toBe('ani');
    expect(pair.n).toBe(2);
    expect(pair.counts).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(pair.percent).toBe(0.5);
  });
});
