import type { Decision, ReviewRecord } from '../model';
import { countDecisions, DEFAULT_SORT, sortRows, toRows } from './query';

/** Rows the dashboard's first screen shows before the whole review is read (a tall window's worth). */
export const FIRST_SCREEN_ROWS = 60;

/**
 * What the dashboard shows of a review the moment it opens: the decision counts and the first
 * rows of the records table in its opening order. Saved after every full read of the review
 * under the review's change mark, and shown only while that mark still holds — so it is never
 * a stale picture, only an early one (the full read follows and replaces it).
 */
export interface FirstScreen {
  reviewId: string;
  /** The review's change mark when it was taken (lib/db reviewChangeMark). */
  mark: string;
  /** The reviewer it was taken for: blind screening shows each reviewer other decisions. */
  reviewerId: string;
  total: number;
  counts: ReturnType<typeof countDecisions>;
  rows: { record: ReviewRecord; decision?: Decision }[];
}

/** The first screen of a review as it stands (records as shown, each with its shown decision). */
export function firstScreenOf(
  at: { reviewId: string; mark: string; reviewerId: string },
  records: readonly ReviewRecord[],
  decisions: Map<string, Decision>,
  size = FIRST_SCREEN_ROWS,
): FirstScreen {
  const top = sortRows(toRows([...records], decisions), DEFAULT_SORT).slice(0, size);
  return { ...at, total: records.length, counts: countDecisions(records, decisions), rows: top.map((row) => ({ record: row.record, decision: row.decision })) };
}

/** A record a first screen must catch up on: its shown decision then and now (absent: not in the table). */
export interface ScreenChange {
  key: string;
  before?: { decision?: Decision };
  after?: { record: ReviewRecord; decision?: Decision };
}

/** Fewer rows than this (unless the review has fewer) and the catch-up gives up: the screen would look empty. */
const FEWEST_ROWS = 20;

type Row = FirstScreen['rows'][number];
const decidedAt = (row: Row) => row.decision?.decidedAt ?? -1;

/**
 * Whether `a` comes before `b` in the table's opening order (undefined: cannot tell here).
 * Newest decision first; ties keep the order of the review's records, which is key order
 * for records never merged, merged ones after them all (lib/review/records-view.ts) —
 * among merged ones the order needs the whole review.
 */
function comesBefore(a: Row, b: Row, merged: (key: string) => boolean): boolean | undefined {
  if (decidedAt(a) !== decidedAt(b)) return decidedAt(a) > decidedAt(b);
  const [ma, mb] = [merged(a.record.key), merged(b.record.key)];
  if (ma || mb) return ma === mb ? undefined : mb;
  return a.record.key < b.record.key;
}

/**
 * A saved first screen brought up to date with the records that changed since it was taken,
 * without the rest of the review: counts moved by each change; each changed record taken out
 * of the rows and put back where the opening order puts it — unless that is past the last
 * row, where another record not on the screen may come first (the rows then stay the first
 * ones, only fewer). Undefined when the order cannot be told or too few rows would be left:
 * the caller then reads the whole review.
 */
export function advanceFirstScreen(
  screen: FirstScreen,
  mark: string,
  changes: readonly ScreenChange[],
  merged: (key: string) => boolean,
  size = FIRST_SCREEN_ROWS,
): FirstScreen | undefined {
  const counts = { ...screen.counts };
  let total = screen.total;
  for (const { before, after } of changes) {
    if (before) {
      counts[before.decision?.decision ?? 'undecided']--;
      total--;
    }
    if (after) {
      counts[after.decision?.decision ?? 'undecided']++;
      total++;
    }
  }
  if (Object.values(counts).some((n) => n < 0)) return undefined;
  // A screen that held the whole review places every record, also after its last row.
  const whole = screen.rows.length === screen.total;
  const changed = new Set(changes.map((c) => c.key));
  const rows = screen.rows.filter((row) => !changed.has(row.record.key));
  for (const { after } of changes) {
    if (!after) continue;
    let at = 0;
    for (; at < rows.length; at++) {
      const first = comesBefore(after, rows[at], merged);
      if (first === undefined) return undefined;
      if (first) break;
    }
    if (at < rows.length || whole) rows.splice(at, 0, after);
  }
  if (rows.length < Math.min(total, FEWEST_ROWS)) return undefined;
  return { ...screen, mark, total, counts, rows: rows.slice(0, size) };
}
