import { ReviewSchema, protocolOf, type Review, type ReviewInput } from '../model';
import { blankReview, firstReviewTitle } from '../screening/templates';
import { languageReady } from '../i18n/translate';
import { db } from './schema';
import { validate } from './errors';
import { getSetting, setSetting } from './settings';
import { appendEvents, EVENT_TABLES, newId } from './events';

export { newId };

/**
 * Validate and save a review's protocol (new or edited) as a protocol event. Refused as a
 * whole when any field is wrong. Returns the review as it now stands. `renamed`: the exclusion
 * reasons the form's edit renamed (lib/review/reason-names.ts renamesBetween).
 */
export async function saveReview(input: ReviewInput, now = Date.now(), renamed: [string, string][] = []): Promise<Review> {
  const review = validate(ReviewSchema, { ...input, updatedAt: now }, 'Review not saved');
  return db().transaction(
    'rw',
    EVENT_TABLES.map((t) => db().table(t)),
    async () => {
      const [event] = await appendEvents(review.id, [{ kind: 'protocol', subject: 'protocol', payload: { protocol: protocolOf(review), renamed } }], now);
      return (await db().reviews.get(review.id)) ?? { ...review, updatedAt: event.at };
    },
  );
}

export async function getReview(id: string): Promise<Review | undefined> {
  return db().reviews.get(id);
}

export async function listReviews(): Promise<Review[]> {
  const reviews = await db().reviews.toArray();
  return reviews.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function setActiveReview(id: string): Promise<void> {
  if (!(await db().reviews.get(id))) throw new Error(`No review with id ${id}`);
  await setSetting('activeReviewId', id);
}

/**
 * The review the popup and page controls act on. A first-time user gets an empty review
 * so that the first decision has somewhere to go; they can fill in its protocol later.
 */
export async function getActiveReview(): Promise<Review> {
  // Read before the transaction, which may not wait for anything but the database.
  const language = await languageReady();
  return db().transaction(
    'rw',
    EVENT_TABLES.map((t) => db().table(t)),
    async () => {
      const id = await getSetting('activeReviewId');
      const active = id ? await db().reviews.get(id) : undefined;
      if (active && !active.archived) return active;
      const open = (await listReviews()).find((r) => !r.archived);
      if (open) {
        await setSetting('activeReviewId', open.id);
        return open;
      }
      const created = await saveReview(blankReview(newId(), firstReviewTitle(language), Date.now(), language));
      await setSetting('activeReviewId', created.id);
      return created;
    },
  );
}

/**
 * Archive or restore a review in this browser (a local choice, not a change to the review).
 * The active review cannot be archived: switch first.
 */
export async function setReviewArchived(id: string, archived: boolean): Promise<void> {
  await db().transaction('rw', db().reviews, db().settings, async () => {
    const review = await db().reviews.get(id);
    if (!review) throw new Error(`No review with id ${id}`);
    if (archived && (await getSetting('activeReviewId')) === id) throw new Error('Make another review active before archiving this one.');
    await db().reviews.put({ ...review, archived });
  });
}
