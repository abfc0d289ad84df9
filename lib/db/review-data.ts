import { deriveReview, recordDecisions, type ReviewState } from '../review/derive';
import type { RankInput } from '../ranking/review';
import { bySeq, db, lastRecordSeq, recordsOf } from './schema';
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

/**
 * Changes whenever a record or event of the review is written (their `seq` grows) or the review's records
 * come and go (records received from a team server keep their `seq`): a cheap "has this
 * review changed?" for what is derived from it in the background, such as the ranking.
 */
export async function reviewChangeMark(reviewId: string): Promise<string> {
  const database = db();
  const [event, record, count] = await Promise.all([bySeq(database.events, reviewId).last(), lastRecordSeq(database, reviewId), recordsOf(database, reviewId).count()]);
  return `${event?.seq ?? 0}:${record}:${count}`;
}

/** What the relevance ranking reads of a review, for this profile's reviewer. */
export async function loadRankInput(reviewId: string): Promise<RankInput> {
  const data = await loadReviewData(reviewId);
  return { review: data.review, records: data.records, decisions: data.decisions, todo: (key) => recordDecisions(data, key).todo };
}
