import { deriveReview, recordDecisions, type ReviewState } from '../review/derive';
import type { RankInput } from '../ranking/review';
import { bySeq, db } from './schema';
import { recordWrites } from './record-store';
import type { StoredRecord } from './schema';
import { listRecords, stripStored } from './records';
import { firstScreenOf, type FirstScreen } from '../review/first-screen';
import { getReview } from './reviews';
import { listEvents, localReviewer } from './events';

/** Everything the dashboard shows of one review, read in one go and folded. */
export type ReviewData = ReviewState<StoredRecord>;

/**
 * Read and fold one review whole. `remember` also saves its first screen for the next open of
 * the dashboard, under the change mark read before the data (so a change made meanwhile makes
 * the saved screen unusable rather than wrong).
 */
export async function loadReviewData(reviewId: string, options: { remember?: boolean } = {}): Promise<ReviewData> {
  const mark = options.remember ? await reviewChangeMark(reviewId) : '';
  const [review, me, docs, events] = await Promise.all([getReview(reviewId), localReviewer(), listRecords(reviewId), listEvents(reviewId)]);
  if (!review) throw new Error(`No review with id ${reviewId}`);
  const data = deriveReview(review, me, docs, events);
  if (options.remember) void rememberFirstScreen(data, mark).catch(() => undefined);
  return data;
}

/** Save what the dashboard shows first of a review (a cache of derived data: never backed up or synced). */
async function rememberFirstScreen(data: ReviewData, mark: string): Promise<void> {
  const screen = firstScreenOf({ reviewId: data.review.id, mark, reviewerId: data.me.id }, data.records, data.decisions);
  screen.rows = screen.rows.map((row) => ({ ...row, record: stripStored(row.record as StoredRecord) }));
  await db().screens.put(screen);
}

/** The saved first screen of a review, if the review has not changed since it was taken. */
export async function readFirstScreen(reviewId: string): Promise<FirstScreen | undefined> {
  const [saved, mark, me] = await Promise.all([db().screens.get(reviewId), reviewChangeMark(reviewId), localReviewer()]);
  return saved?.mark === mark && saved.reviewerId === me.id ? saved : undefined;
}

/**
 * Changes whenever an event of the review is stored (its `seq` grows) or any of its records is
 * written (the review's write count grows — also for records a team server sends, which keep
 * their change numbers): a cheap "has this review changed?" (two reads) for what is derived
 * from it, such as the ranking and the dashboard's first screen.
 */
export async function reviewChangeMark(reviewId: string): Promise<string> {
  const database = db();
  const [event, records] = await Promise.all([bySeq(database.events, reviewId).lastKey(), recordWrites(database, reviewId)]);
  return `${(event as [string, number] | undefined)?.[1] ?? 0}:${records}`;
}

/** What the relevance ranking reads of a review, for this profile's reviewer. */
export async function loadRankInput(reviewId: string): Promise<RankInput> {
  const data = await loadReviewData(reviewId, { remember: true });
  return { review: data.review, records: data.records, decisions: data.decisions, todo: (key) => recordDecisions(data, key).todo };
}
