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
  /** The year after the search year: see checkYear. */
  ahead?: true;
}

/**
 * Is the publication year inside the window? Unknown years are neither in nor out, and so is
 * the year after the search year of a "last N years" window: searched in December 2026, an
 * article online since November in its 2027 issue is dated 2027 by every database (PubMed's DP,
 * Crossref's issue date, RIS PY). It is most likely inside the window, but whether it was online
 * by the search date only its online date says, so neither the rule nor a suggestion excludes it;
 * the reviewer is told why (`ahead`). An explicit range says which years it means: no such slack.
 */
export function checkYear(year: number | undefined, window: PublicationWindow): YearCheckResult {
  const range = windowYears(window);
  if (year === undefined || !Number.isInteger(year)) return { result: 'unknown', range };
  if (window.mode === 'last-n' && year === range.to + 1) return { result: 'unknown', range, year, ahead: true };
  return { result: year >= range.from && year <= range.to ? 'pass' : 'fail', range, year };
}

/**
 * The records the window rule excluded whose year the window takes in now (the protocol's window
 * was widened since) or no longer rules out (the year after the search year). Their exclusion stands until someone decides them again (a person's later
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
      if (!decision?.automatic || decision.decision !== 'exclude') return false;
      // Earlier releases excluded the year after the search year too (checkYear's `ahead`).
      const check = checkYear(r.article.year, window);
      return check.result === 'pass' || check.ahead === true;
    })
    .map((r) => r.key);
}
