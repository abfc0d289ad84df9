import { describe, expect, it } from 'vitest';
import { checkYear, windowYears } from '../../lib/screening/window';
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
    expect(checkYear(2024, w).result).toBe('fail');
    expect(checkYear(2018, lastFive(true)).result).toBe('fail');
  });
  it('treats an unknown year as unknown, never as a pass or a fail', () => {
    expect(checkYear(undefined, lastFive(false))).toMatchObject({ result: 'unknown', range: { from: 2018, to: 2023 } });
  });
  it('uses explicit years as given', () => {
    expect(checkYear(2015, { mode: 'range', from: 2015, to: 2020 }).result).toBe('pass');
    expect(checkYear(2021, { mode: 'range', from: 2015, to: 2020 }).result).toBe('fail');
  });
});
