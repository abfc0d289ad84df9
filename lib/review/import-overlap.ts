import { recordKey, type Article, type LoggedSearch, type ReviewEvent, type ReviewRecord } from '../model';
import { hash128 } from '../sync/docs';

/**
 * What an imported file has in common with the review's earlier imports, before it is stored.
 * Each import is logged as a search counted in PRISMA's "records identified" with its record
 * count, so the same PubMed export imported twice (a reviewer who is not sure the first import
 * went through, a teammate who imports the shared file too) doubled the number identified.
 *
 * The file's fingerprint is a hash of its sorted record keys, not of its text: the same search
 * exported again on another day, as RIS instead of CSV, with CRLF instead of LF or re-saved by
 * Excel differs in every byte but holds the same records, and it is the records that PRISMA
 * would count twice. It is kept on the import's search event (synced and backed up with it),
 * so a teammate's import of the same file is found too.
 */
export interface ImportOverlap {
  /** An earlier import of the same records (same fingerprint; for imports logged before fingerprints, the same keys and count). */
  same?: LoggedSearch;
  /** Earlier imports some of the file's records came from, most shared first. */
  partial: { search: LoggedSearch; shared: number }[];
}

/** The file's record keys (lib/model recordKey), each once, sorted: what the fingerprint and the overlap are worked out from. */
export function fileKeys(articles: readonly Article[]): string[] {
  return [...new Set(articles.map((a) => recordKey(a)))].sort();
}

/**
 * The fingerprint of a file's records: their number and the 128-bit hash sync gives an event's
 * revision (lib/sync/docs.ts hash128) of their sorted keys, one a line.
 */
export const importFingerprint = (keys: readonly string[]): string => `${keys.length}:${hash128(keys.join('\n'))}`;

/** The fingerprint each import was logged with, by search id (imports of earlier releases have none). */
function fingerprints(events: readonly ReviewEvent[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const e of events) if (e.kind === 'search' && e.payload.origin === 'import' && e.payload.fingerprint) found.set(e.payload.searchId, e.payload.fingerprint);
  return found;
}

/** The import searches each record key (a record's own or a merged one's) came from. */
function importsByKey(records: readonly ReviewRecord[], imports: ReadonlySet<string>): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const record of records) {
    const from = record.sources.flatMap((s) => (s.searchId !== undefined && imports.has(s.searchId) ? [s.searchId] : []));
    if (!from.length) continue;
    for (const key of [record.key, ...record.aliases]) {
      const set = byKey.get(key) ?? new Set<string>();
      for (const id of from) set.add(id);
      byKey.set(key, set);
    }
  }
  return byKey;
}

/**
 * The earlier imports of a review that the file `keys` (fileKeys) repeats in whole or in part,
 * from the review as shown (records, the deleted ones too: deleting a record does not undo its
 * import) and its events.
 */
export function importOverlap(
  file: { keys: readonly string[]; fingerprint: string; records: number },
  review: { records: readonly ReviewRecord[]; deleted: readonly ReviewRecord[]; events: readonly ReviewEvent[]; searches: readonly LoggedSearch[] },
): ImportOverlap {
  const logged = fingerprints(review.events);
  // A file attached to a search entered by hand is logged under that search, with its fingerprint.
  const imports = review.searches.filter((s) => s.origin === 'import' || logged.has(s.id));
  const byKey = importsByKey([...review.records, ...review.deleted], new Set(imports.map((s) => s.id)));
  const shared = new Map<string, number>();
  for (const key of file.keys) for (const id of byKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const count = file.keys.length;
  const same = imports.find((s) => {
    const print = logged.get(s.id);
    // The logged count is the file's records, a record the file held twice counted twice.
    return print ? print === file.fingerprint : count > 0 && s.recordCount === file.records && shared.get(s.id) === count;
  });
  const partial = imports
    .filter((s) => s !== same && (shared.get(s.id) ?? 0) > 0)
    .map((search) => ({ search, shared: shared.get(search.id) ?? 0 }))
    .sort((a, b) => b.shared - a.shared);
  return { same, partial };
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * How long before an import a search entered by hand may have run and still be the import's:
 * a reviewer logs a search the day they run it and imports its export that day or within the
 * next two weeks; a day after allows for a date typed in another time zone.
 */
const BEFORE = 14 * DAY;
const AFTER = DAY;

/**
 * Searches entered by hand in the search log (Searches → add) that an import of `database` at
 * `now` most likely is the export of: the same database (letter case aside), run within two
 * weeks before, and with no records of their own yet (`storedPerSearch`). Attaching the import
 * to one instead of logging a second search keeps PRISMA from counting the search twice. The
 * nearest in time first.
 */
export function attachableSearches(database: string, now: number, review: { searches: readonly LoggedSearch[]; storedPerSearch: ReadonlyMap<string, number> }): LoggedSearch[] {
  const wanted = database.trim().toLowerCase();
  return review.searches
    .filter((s) => s.origin === 'manual' && s.counted && s.database.trim().toLowerCase() === wanted && !review.storedPerSearch.get(s.id))
    .filter((s) => s.at >= now - BEFORE && s.at <= now + AFTER)
    .sort((a, b) => Math.abs(now - a.at) - Math.abs(now - b.at));
}
