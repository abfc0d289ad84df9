import { describe, expect, it } from 'vitest';
import { checkYear, windowYears, excludedInsideWindow } from '../../lib/screening/window';
import type { PublicationWindow } from '../../lib/model';

const lastFive = (countCurrentYear: boolean): PublicationWindow => ({
  mode: 'last-n',
  years: 5,
  searchDate: '2023-03-15',
  countCurrentYear,
});

describe('publication window', () => {
  it('counts the last N years back from the search year (searched March 2023 → 2018–2023)', () => {
    expect(windowYears(lastFive(false))).toEqual({ from: 2018, to: 2023 });
  });
  it('can count the search year as one of the N years (→ 2019–2023)', () => {
    expect(windowYears(lastFive(true))).toEqual({ from: 2019, to: 2023 });
  });
  it('includes both boundary years and excludes the years just outside', () => {
    const w = lastFive(false);
    expect(checkYear(2018, w).result).toBe('pass');
    expect(checkYear(2023, w).result).toBe('pass');
    expect(checkYear(2017, w).result).toBe('fail');
    expect(checkYear(2025, w).result).toBe('fail');
    expect(checkYear(2018, lastFive(true)).result).toBe('fail');
  });
  it('neither passes nor fails the year after the search year: an article online before its next-year issue', () => {
    expect(checkYear(2024, lastFive(false))).toEqual({ result: 'unknown', range: { from: 2018, to: 2023 }, year: 2024, ahead: true });
    expect(checkYear(2024, lastFive(true))).toMatchObject({ result: 'unknown', ahead: true });
    // An explicit range names its years: the year after it is outside.
    expect(checkYear(2021, { mode: 'range', from: 2015, to: 2020 })).not.toHaveProperty('ahead');
  });
  it('treats an unknown year as unknown, never as a pass or a fail', () => {
    expect(checkYear(undefined, lastFive(false))).toMatchObject({ result: 'unknown', range: { from: 2018, to: 2023 } });
  });
  it('uses explicit years as given', () => {
    expect(checkYear(2015, { mode: 'range', from: 2015, to: 2020 }).result).toBe('pass');
    expect(checkYear(2021, { mode: 'range', from: 2015, to: 2020 }).result).toBe('fail');
  });
});

describe('records the window rule excluded, after the window was widened', () => {
  const records = [2012, 2016, 2019, undefined].map((year, i) => ({ key: `k${i}`, article: { year } }));
  const rule = { decision: 'exclude', automatic: true };
  const final = new Map<string, { decision: string; automatic?: boolean; reason?: string }>([
    ['k0', rule],
    ['k1', rule],
    ['k2', { decision: 'exclude', reason: 'wrong population' }],
    ['k3', rule],
  ]);

  it("are those whose year the window takes in now, never a person's exclusion or a record without a year", () => {
    expect(excludedInsideWindow(records, final, { mode: 'range', from: 2015, to: 2023 })).toEqual(['k1']);
    expect(excludedInsideWindow(records, final, { mode: 'range', from: 2010, to: 2023 })).toEqual(['k0', 'k1']);
    expect(excludedInsideWindow(records, final, { mode: 'range', from: 2018, to: 2023 })).toEqual([]);
  });

  it('include those an earlier release excluded for the year after the search year', () => {
    const window: PublicationWindow = { mode: 'last-n', years: 5, searchDate: '2018-12-03', countCurrentYear: false };
    const dated = [2019, 2020].map((year, i) => ({ key: `a${i}`, article: { year } }));
    const excluded = new Map(dated.map((r) => [r.key, rule]));
    expect(excludedInsideWindow(dated, excluded, window)).toEqual(['a0']);
  });
});
