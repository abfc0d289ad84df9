import type { PublicationWindow } from '../model';

export interface YearRange {
  from: number;
  to: number;
}

/**
 * The window as explicit years.
 * "Last N years" counts back from the year of the search date. By default the search year
 * is year 0 and N full years precede it (searched March 2023, last 5 years → 2018–2023), the
 * reading most review protocols use; with `countCurrentYear` the search year is one of the N
 * (→ 2019–2023).
 */
export function windowYears(window: PublicationWindow): YearRange {
  if (window.mode === 'range') return { from: window.from, to: window.to };
  const searchYear = Number(window.searchDate.slice(0, 4));
  return { from: searchYear - window.years + (window.countCurrentYear ? 1 : 0), to: searchYear };
}

export type YearCheck = 'pass' | 'fail' | 'unknown';

export interface YearCheckResult {
  result: YearCheck;
  range: YearRange;
  year?: number;
}

/** Is the publication year inside the window? Unknown years are neither in nor out. */
export function checkYear(year: number | undefined, window: PublicationWindow): YearCheckResult {
  const range = windowYears(window);
  if (year === undefined || !Number.isInteger(year)) return { result: 'unknown', range };
  return { result: year >= range.from && year <= range.to ? 'pass' : 'fail', range, year };
}

/**
 * The records the window rule excluded whose year the window takes in now: the protocol's window
 * was widened since. Their exclusion stands until someone decides them again (a person's later
 * decision overrules the rule's), so the reviewer is told of them.
 */
export function excludedInsideWindow(
  records: readonly { key: string; article: { year?: number } }[],
  final: ReadonlyMap<string, { decision: string; automatic?: boolean }>,
  window: PublicationWindow,
): string[] {
  return records
    .filter((r) => {
      const decision = final.get(r.key);
      return decision?.automatic && decision.decision === 'exclude' && checkYear(r.article.year, window).result === 'pass';
    })
    .map((r) => r.key);
}
