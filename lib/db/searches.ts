import { SUBJECT, type LoggedSearch } from '../model';
import type { z } from 'zod';
import type { SearchPatchSchema, SearchPayloadSchema } from '../model/event';
import { foldSearches, loggedEarlier, webSearchId } from '../review/searches';
import { listIdentity, listOf } from '../review/search-lists';
import { appendEvents, eventsAbout, listEvents, localReviewer, newId } from './events';
import { db } from './schema';

type SearchInput = Omit<z.input<typeof SearchPayloadSchema>, 'searchId' | 'origin'>;

/**
 * Log a result page seen on a site. Every page of the same search (same database, query and
 * filters), seen by any reviewer, joins one search in the log. A page this reviewer already
 * logged with the same count is not logged again. Returns the search's id.
 *
 * A list that is no database search (a "Cited by" list: citation chasing, PRISMA's "other
 * methods"; review/search-lists.ts) is logged as not counted, with its kind: its reported total
 * (Scholar's "Cited by 2,345") is no records identified in the database; the reviewer may tick
 * it to count. The kind is part of the id, so a list an older release logged as a counted
 * search stays as it was logged.
 */
export async function logSearch(
  reviewId: string,
  seen: { database: string; query: string; url: string; filters: Record<string, string>; totalResults?: number; page: number },
  now = Date.now(),
): Promise<string> {
  const { page, ...rest } = seen;
  const list = listOf(seen.database, seen.url, seen.query);
  let searchId = webSearchId(seen.database, seen.query, list ? { ...seen.filters, '(list)': listIdentity(list, seen.url) } : seen.filters);
  await db().transaction('rw', [db().events, db().settings, db().reviews], async () => {
    const me = await localReviewer();
    let logged = await eventsAbout(reviewId, [SUBJECT.search(searchId)]);
    // A search new under this id may be in the log under an earlier release's (its sort order was a filter then).
    const earlier = !logged.length && !list ? loggedEarlier(await searchesOf(reviewId), seen) : undefined;
    if (earlier) {
      searchId = earlier.id;
      logged = await eventsAbout(reviewId, [SUBJECT.search(searchId)]);
    }
    const known = logged.some((e) => e.kind === 'search' && e.by.id === me.id && e.payload.pages.includes(page) && e.payload.totalResults === seen.totalResults);
    if (known) return;
    const payload = { ...rest, searchId, pages: [page], origin: 'web' as const, counted: !list, ...(list ? { list } : {}) };
    await appendEvents(reviewId, [{ kind: 'search', subject: SUBJECT.search(searchId), payload }], now);
  });
  return searchId;
}

/** The search log of a review from its search events alone (a range of the [reviewId+subject] index). */
async function searchesOf(reviewId: string): Promise<LoggedSearch[]> {
  return foldSearches(await db().events.where('[reviewId+subject]').between([reviewId, 'search:'], [reviewId, 'search:\uffff']).toArray());
}

/** The search log of a review, oldest first. */
export async function listSearches(reviewId: string): Promise<LoggedSearch[]> {
  return foldSearches(await listEvents(reviewId));
}

/** Edit a logged search (string, count, date, whether it counts); validated before it is written. */
export async function updateSearch(reviewId: string, searchId: string, patch: z.input<typeof SearchPatchSchema>): Promise<void> {
  await appendEvents(reviewId, [{ kind: 'search-edit', subject: SUBJECT.search(searchId), payload: { searchId, patch } }]);
}

/** A search made in a database Saring does not read (Scopus, ResearchGate), entered by hand. */
export async function addManualSearch(reviewId: string, input: SearchInput): Promise<string> {
  const searchId = newId();
  await appendEvents(reviewId, [{ kind: 'search', subject: SUBJECT.search(searchId), payload: { ...input, searchId, origin: 'manual' } }]);
  return searchId;
}

/**
 * The search that logs an imported file (its id is the file's search id on every record). Attached
 * to a search entered by hand, it is logged under that search's id and with its database, query
 * and counting: the log folds it into that search (lib/review/searches.ts keeps the first event's
 * entry), so PRISMA counts the search once, and its fingerprint still finds a second import of the file.
 */
export function importSearchDraft(
  searchId: string,
  file: { database: string; fileName: string; format: string; fingerprint?: string },
  recordCount: number,
  attachedTo?: LoggedSearch,
) {
  return {
    kind: 'search' as const,
    subject: SUBJECT.search(searchId),
    payload: {
      searchId,
      database: attachedTo?.database ?? file.database,
      query: attachedTo?.query ?? '',
      url: attachedTo?.url ?? '',
      filters: attachedTo?.filters ?? {},
      pages: [],
      origin: 'import' as const,
      counted: attachedTo?.counted ?? true,
      fileName: file.fileName,
      recordCount,
      ...(file.fingerprint ? { fingerprint: file.fingerprint } : {}),
      note: `${file.format.toUpperCase()} file`,
    },
  };
}

export async function deleteSearch(reviewId: string, searchId: string): Promise<void> {
  await appendEvents(reviewId, [{ kind: 'search-delete', subject: SUBJECT.search(searchId), payload: { searchId } }]);
}
