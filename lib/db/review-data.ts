import type { Decision, Review, SearchEvent } from '../model';
import type { StoredRecord } from './schema';
import { currentDecisions } from './decisions';
import { listRecords } from './records';
import { listSearches } from './searches';
import { getReview } from './reviews';

/** Everything the dashboard shows of one review, read in one go. */
export interface ReviewData {
  review: Review;
  records: StoredRecord[];
  /** Current title/abstract decision per record key. */
  decisions: Map<string, Decision>;
  searches: SearchEvent[];
}

export async function loadReviewData(reviewId: string): Promise<ReviewData> {
  const [review, records, decisions, searches] = await Promise.all([
    getReview(reviewId),
    listRecords(reviewId),
    currentDecisions(reviewId),
    listSearches(reviewId),
  ]);
  if (!review) throw new Error(`No review with id ${reviewId}`);
  return { review, records, decisions, searches };
}
