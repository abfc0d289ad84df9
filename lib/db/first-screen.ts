import type { EventKind, Reviewer } from '../model';
import { SUBJECT } from '../model';
import { deriveReview, type ReviewState } from '../review/derive';
import { advanceFirstScreen, firstScreenOf, type FirstScreen, type ScreenChange } from '../review/first-screen';
import { groupMembers, resolveKey } from '../review/groups';
import { eventsAbout, eventsOfRecords, localReviewer, unpackEvents } from './events';
import { getRecords, keysWrittenAfter, LOGGED_KEYS, recordWrites } from './record-store';
import { stripStored } from './records';
import { getReview } from './reviews';
import { bySeq, db, type StoredRecord } from './schema';

// The dashboard's first screen of a review (lib/review/first-screen.ts): saved after each full
// read, shown at once on the next open. When the review changed since, the saved screen
// catches up on the records that changed — read by key, with their events — as long as the
// changes are few and each changes only its own record's row (decisions, sightings, edits),
// so the dashboard opens quickly also after screening on the sites; otherwise there is no
// first screen and the dashboard waits for the whole review.

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

/** A change mark's parts: the last event's number and the record write count. */
const markParts = (mark: string) => mark.split(':').map(Number) as [number, number];

/** Save a review's first screen, taken from a full read made entirely under `mark`. */
export async function rememberFirstScreen(data: ReviewState<StoredRecord>, mark: string): Promise<void> {
  const screen = firstScreenOf({ reviewId: data.review.id, mark, reviewerId: data.me.id }, data.records, data.decisions);
  screen.rows = screen.rows.map((row) => ({ ...row, record: stripStored(row.record as StoredRecord) }));
  await db().screens.put(screen);
}

/** The first screen of a review as it stands: the saved one, caught up when the review changed since. */
export async function readFirstScreen(reviewId: string): Promise<FirstScreen | undefined> {
  const [saved, mark, me] = await Promise.all([db().screens.get(reviewId), reviewChangeMark(reviewId), localReviewer()]);
  if (!saved || saved.reviewerId !== me.id) return undefined;
  return saved.mark === mark ? saved : catchUp(saved, mark, me);
}

/**
 * Reviews whose saved first screen is missing or behind their data — the first start after an
 * update that brought first screens, a worker stopped before it saved one, a busy team day —
 * so that the background makes them before the dashboard's next open. Archived reviews wait.
 */
export async function reviewsWithStaleScreens(): Promise<string[]> {
  const [reviews, me] = await Promise.all([db().reviews.toArray(), localReviewer()]);
  const stale = await Promise.all(
    reviews
      .filter((review) => !review.archived)
      .map(async ({ id }) => {
        const [saved, mark] = await Promise.all([db().screens.get(id), reviewChangeMark(id)]);
        return saved?.mark === mark && saved.reviewerId === me.id ? [] : [id];
      }),
  );
  return stale.flat();
}

/** Event kinds that change at most their own subject's row (a search changes no row). */
const OWN_ROW: ReadonlySet<EventKind> = new Set<EventKind>(['decision', 'resolution', 'record-edit', 'search', 'search-edit', 'search-delete']);
/** Most events the catch-up reads; a busier review is read whole. */
const MOST_EVENTS = 500;

async function catchUp(saved: FirstScreen, mark: string, me: Reviewer): Promise<FirstScreen | undefined> {
  const d = db();
  const { reviewId } = saved;
  const [seqThen, writesThen] = markParts(saved.mark);
  const [seqNow, writesNow] = markParts(mark);
  if (!(seqNow >= seqThen && writesNow >= writesThen)) return undefined;
  const [written, stored] = await Promise.all([
    keysWrittenAfter(d, reviewId, writesThen),
    bySeq(d.events, reviewId, seqThen)
      .limit(MOST_EVENTS + 1)
      .toArray(),
  ]);
  if (!written || stored.length > MOST_EVENTS) return undefined;
  const events = unpackEvents(stored);
  if (events.some((e) => !OWN_ROW.has(e.kind))) return undefined;
  const touched = new Set([...written.created, ...written.changed, ...events.filter((e) => !e.subject.startsWith('search:')).map((e) => e.subject)]);
  if (touched.size > LOGGED_KEYS) return undefined;
  const [review, deletions, { groups, merges, events: about }] = await Promise.all([
    getReview(reviewId),
    eventsAbout(reviewId, [SUBJECT.delete]),
    eventsOfRecords(reviewId, [...touched]),
  ]);
  if (!review) return undefined;
  const reps = [...new Set([...touched].map((key) => resolveKey(groups, key)))];
  const members = groupMembers(groups, reps);
  // Whether a record deleted once shows depends on when it was last seen: read whole.
  const deleted = new Set(deletions.flatMap((e) => (e.kind === 'records-delete' || e.kind === 'records-restore' ? e.payload.keys : [])));
  if (members.some((key) => deleted.has(key))) return undefined;
  const docs = (await getRecords(d, reviewId, members)).filter((r): r is StoredRecord => !!r);
  const now = deriveReview(review, me, docs, [...merges, ...about]);
  const then = deriveReview(review, me, [], [...merges, ...about.filter((e) => e.seq <= seqThen)]);
  const shown = new Map(now.records.map((r) => [r.key, r]));
  const existed = new Set(docs.filter((r) => !written.created.has(r.key)).map((r) => resolveKey(groups, r.key)));
  const changes = reps.map((key): ScreenChange => {
    const record = shown.get(key);
    return {
      key,
      before: existed.has(key) ? { decision: then.decisions.get(key) } : undefined,
      after: record ? { record: stripStored(record), decision: now.decisions.get(key) } : undefined,
    };
  });
  return advanceFirstScreen(saved, mark, changes, (key) => groups.members.has(key));
}
