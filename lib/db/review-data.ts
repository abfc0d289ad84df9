import { deriveReview, type ReviewState } from '../review/derive';
import type { StoredRecord } from './schema';
import { listRecords } from './records';
import { getReview } from './reviews';
import { listEvents, localReviewer } from './events';

/** Everything the dashboard shows of one review, read in one go and folded. */
export type ReviewData = ReviewState<StoredRecord>;

export async function loadReviewData(reviewId: string): Promise<ReviewData> {
  const [review, me, docs, events] = await Promise.all([getReview(reviewId), localReviewer(), listRecords(reviewId), listEvents(reviewId)]);
  if (!review) throw new Error(`No review with id ${reviewId}`);
  return deriveReview(review, me, docs, events);
}
