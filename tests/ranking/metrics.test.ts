import { describe, expect, it } from 'vitest';
import { meanMetrics, screeningMetrics } from '../../lib/ranking/metrics';
import { stoppingAid } from '../../lib/ranking/stopping';

const T = true;
const F = false;

describe('screeningMetrics', () => {
  it('computes WSS@95, recall at 10% and records to find all, by hand', () => {
    // 20 records; includes found 1st, 4th and 6th. 95% of 3 includes = all 3, found after 6.
    const m = screeningMetrics([T, F, F, T, F, T, F, F, F, F], 20)!;
    expect(m.wss95).toBeCloseTo(0.95 - 6 / 20);
    expect(m.recallAt10pct).toBeCloseTo(1 / 3); // 10% of 20 = 2 screened: one include
    expect(m.screenedFor100).toBe(6);
  });

  it('lets the last 5% of the includes go for WSS@95', () => {
    // 20 includes: 95% = 19; the 19th is found at position 19, the 20th at 100.
    const order = Array.from({ length: 100 }, (_, i) => i < 19 || i === 99);
    const m = screeningMetrics(order, 100)!;
    expect(m.wss95).toBeCloseTo(0.95 - 19 / 100);
    expect(m.screenedFor100).toBe(100);
    expect(m.recallAt10pct).toBeCloseTo(10 / 20);
  });

  it('needs 95% of the includes exactly', () => {
    const order = Array.from({ length: 400 }, (_, i) => i < 40);
    expect(screeningMetrics(order, 400)!.wss95).toBeCloseTo(0.95 - 38 / 400);
  });

  it('is undefined without includes, or with more screened than there are records', () => {
    expect(screeningMetrics([F, F], 10)).toBeUndefined();
    expect(screeningMetrics([T, F, T], 2)).toBeUndefined();
  });

  it('averages runs measure by measure', () => {
    const mean = meanMetrics([
      { wss95: 0.5, recallAt10pct: 1, screenedFor100: 10 },
      { wss95: 0.7, recallAt10pct: 0.5, screenedFor100: 20 },
    ]);
    expect(mean.wss95).toBeCloseTo(0.6);
    expect(mean).toMatchObject({ recallAt10pct: 0.75, screenedFor100: 15 });
  });
});

describe('stoppingAid', () => {
  it('counts excludes since the last include or maybe, and what is left', () => {
    expect(stoppingAid(['include', 'exclude', 'maybe', 'exclude', 'exclude'], 10)).toEqual({
      excludedInARow: 2,
      screened: 5,
      shareScreened: 0.5,
      undecided: 5,
    });
    expect(stoppingAid(['exclude', 'exclude'], 2)).toMatchObject({ excludedInARow: 2, undecided: 0, shareScreened: 1 });
    expect(stoppingAid(['exclude', 'include'], 4).excludedInARow).toBe(0);
  });

  it('copes with no records and no decisions', () => {
    expect(stoppingAid([], 0)).toEqual({ excludedInARow: 0, screened: 0, shareScreened: 0, undecided: 0 });
    expect(stoppingAid([], 3)).toMatchObject({ undecided: 3, shareScreened: 0 });
  });
});
