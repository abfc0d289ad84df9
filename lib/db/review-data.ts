import { deriveReview, recordDecisions, type ReviewState } from '../review/derive';
import type { RankInput } from '../ranking/review';
import type { StoredRecord } from './schema';
import { listRecords } from './records';
import { rememberFirstScreen, reviewChangeMark } from './first-screen';
import { getReview } from './reviews';
import { listEvents, localReviewer } from './events';

/** Everything the dashboard shows of one review, read in one go and folded. */
export type ReviewData = ReviewState<StoredRecord>;

/**
 * Read and fold one review whole. `remember` also saves its first screen for the next open of
 * the dashboard, under the change mark read before the data — unless the mark moved during
 * the read (the screen is then not saved: a catch-up from it would count a change twice).
 */
export async function loadReviewData(reviewId: string, options: { remember?: boolean } = {}): Promise<ReviewData> {
  const mark = options.remember ? await reviewChangeMark(reviewId) : '';
  const [review, me, docs, events] = await Promise.all([getReview(reviewId), localReviewer(), listRecords(reviewId), listEvents(reviewId)]);
  if (!review) throw new Error(`No review with id ${reviewId}`);
  const data = deriveReview(review, me, docs, events);
  // Saved only when nothing changed during the read: a saved screen must be exactly its mark's.
  if (options.remember) void rememberIfUnchanged(data, mark).catch(() => undefined);
  return data;
}

async function rememberIfUnchanged(data: ReviewData, mark: string): Promise<void> {
  if ((await reviewChangeMark(data.review.id)) === mark) await rememberFirstScreen(data, mark);
}

/** What the relevance ranking reads of a review, for this profile's reviewer. */
export async function loadRankInput(reviewId: string): Promise<RankInput> {
  const data = await loadReviewData(reviewId, { remember: true });
  return { review: data.review, records: data.records, decisions: data.decisions, todo: (key) => recordDecisions(data, key).todo };
}
