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
