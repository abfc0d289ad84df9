import type { Decision, Review, SearchEvent } from '../model';
import { foldCurrent } from '../review/current';
import { db, type MergeLog, type StoredRecord } from './schema';
import { listRecords } from './records';
import { listSearches } from './searches';
import { getReview } from './reviews';
import { listMerges, separatedPairs } from './merges';

/** Everything the dashboard shows of one review, read in one go. */
export interface ReviewData {
  review: Review;
  records: StoredRecord[];
  /** Every decision event (both stages, with history). */
  events: Decision[];
  /** Current title/abstract decision per record key. */
  decisions: Map<string, Decision>;
  /** Current full-text decision per record key. */
  fullText: Map<string, Decision>;
  searches: SearchEvent[];
  merges: MergeLog[];
  separations: Set<string>;
}

export async function loadReviewData(reviewId: string): Promise<ReviewData> {
  const [review, records, events, searches, merges, separations] = await Promise.all([
    getReview(reviewId),
    listRecords(reviewId),
    db().decisions.where('reviewId').equals(reviewId).toArray(),
    listSearches(reviewId),
    listMerges(reviewId),
    separatedPairs(reviewId),
  ]);
  if (!review) throw new Error(`No review with id ${reviewId}`);
  return {
    review,
    records,
    events,
    decisions: foldCurrent(events, 'screening'),
    fullText: foldCurrent(events, 'full-text'),
    searches,
    merges,
    separations,
  };
}
