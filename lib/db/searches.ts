import { SearchEventSchema, type SearchEvent, type SearchEventInput } from '../model';
import { db } from './schema';
import { validate } from './errors';

function sameFilters(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/**
 * Log a search seen on a result page. Another page of the same search (same database,
 * query and filters) adds its page number to the existing entry instead of a new search.
 */
export async function logSearch(input: SearchEventInput): Promise<SearchEvent> {
  const event = validate(SearchEventSchema, input, 'Search not logged');
  return db().transaction('rw', db().searches, async () => {
    const existing = (await db().searches.where('reviewId').equals(event.reviewId).toArray()).find(
      (s) =>
        s.origin === event.origin &&
        s.database === event.database &&
        s.query === event.query &&
        sameFilters(s.filters, event.filters),
    );
    if (!existing) {
      delete event.id;
      const id = await db().searches.add(event);
      return { ...event, id };
    }
    const updated: SearchEvent = {
      ...existing,
      pages: [...new Set([...existing.pages, ...event.pages])].sort((a, b) => a - b),
      totalResults: event.totalResults ?? existing.totalResults,
      lastAt: event.at,
    };
    await db().searches.put(updated);
    return updated;
  });
}

export async function listSearches(reviewId: string): Promise<SearchEvent[]> {
  const events = await db().searches.where('reviewId').equals(reviewId).toArray();
  return events.sort((a, b) => a.at - b.at);
}

/** Edit a logged search (string, count, date, whether it counts); validated before writing. */
export async function updateSearch(id: number, patch: Partial<SearchEventInput>): Promise<SearchEvent> {
  return db().transaction('rw', db().searches, async () => {
    const stored = await db().searches.get(id);
    if (!stored) throw new Error(`No search ${id}`);
    const next = validate(SearchEventSchema, { ...stored, ...patch, id }, 'Search not saved');
    await db().searches.put(next);
    return next;
  });
}

/** A search made in a database Saring does not read (Scopus, ResearchGate), entered by hand. */
export async function addManualSearch(input: Omit<SearchEventInput, 'origin'>): Promise<SearchEvent> {
  const event = validate(SearchEventSchema, { ...input, origin: 'manual' }, 'Search not saved');
  delete event.id;
  const id = await db().searches.add(event);
  return { ...event, id };
}

export async function deleteSearch(id: number): Promise<void> {
  await db().searches.delete(id);
}
