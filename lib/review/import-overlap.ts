import { databaseName, recordKey, type Article, type LoggedSearch, type ReviewRecord } from '../model';
import { normalizeDoi, normalizePmid } from '../model/normalize';
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
  /**
   * An earlier import of the same records from the same database (same fingerprint; for imports
   * logged before fingerprints, the same keys and count). The same records from another database
   * are no second import: a small niche search (Indonesian midwifery journals) often finds the
   * very same 4 articles in Scopus and in Web of Science, and PRISMA reports both databases.
   */
  same?: LoggedSearch;
  /** Earlier imports some of the file's records came from, most shared first. */
  partial: SharedImport[];
  /**
   * The one of `partial` this file most likely is a second export of: the same database, and
   * nearly all records of each shared (`nearlyAll`). PubMed adds a DOI to a record some weeks
   * after it indexed it, so the same search exported again differs from the first in a key.
   */
  again?: SharedImport;
}

export interface SharedImport {
  search: LoggedSearch;
  /** The file's records (each once) that came from the search. */
  shared: number;
}

/** The same database, whatever the letter case or the name it was logged by ("pubmed", "PubMed"). */
export const sameDatabase = (a: string, b: string): boolean => databaseName(a.trim()).toLowerCase() === databaseName(b.trim()).toLowerCase();

/**
 * At least 19 records in 20 of `whole`: one export of a search and another of it a few weeks
 * later, when the database has added or dropped a record or two, or changed an identifier.
 */
const nearlyAll = (part: number, whole: number) => whole > 0 && part * 20 >= whole * 19;

/** The file's record keys (lib/model recordKey), each once, sorted: what the fingerprint and the overlap are worked out from. */
export function fileKeys(articles: readonly Article[]): string[] {
  return [...new Set(articles.map((a) => recordKey(a)))].sort();
}

/**
 * A record's identifiers as the match keys certain duplicates are joined by (lib/dedup/certain.ts:
 * the same DOI, or the same PMID). Its record key holds only the first: a PubMed record that
 * gained a DOI since the last export has a new key and still its PMID.
 */
export function identifierKeys(article: Pick<Article, 'doi' | 'pmid'>): string[] {
  const doi = normalizeDoi(article.doi);
  const pmid = normalizePmid(article.pmid);
  return [...(doi ? [`doi:${doi}`] : []), ...(pmid ? [`pmid:${pmid}`] : [])];
}

/**
 * The file's records that have an identifier their key does not hold (a record keyed by its DOI
 * that has a PMID too), each as its key and those identifiers: with fileKeys, what the overlap
 * with earlier imports is counted by. Most records of a file with DOIs have none or one more.
 */
export function fileIdentifiers(articles: readonly Article[]): string[][] {
  const byKey = new Map<string, Set<string>>();
  for (const article of articles) {
    const key = recordKey(article);
    for (const id of identifierKeys(article)) {
      if (id === key) continue;
      const ids = byKey.get(key) ?? new Set([key]);
      byKey.set(key, ids.add(id));
    }
  }
  return [...byKey.values()].map((ids) => [...ids]);
}

/**
 * The fingerprint of a file's records: their number and the 128-bit hash sync gives an event's
 * revision (lib/sync/docs.ts hash128) of their sorted keys, one a line.
 */
export const importFingerprint = (keys: readonly string[]): string => `${keys.length}:${hash128(keys.join('\n'))}`;

/** The import searches each record key (a record's own or a merged one's) came from. */
function importsByKey(records: readonly ReviewRecord[], imports: ReadonlySet<string>): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const record of records) {
    const from = record.sources.flatMap((s) => (s.searchId !== undefined && imports.has(s.searchId) ? [s.searchId] : []));
    if (!from.length) continue;
    for (const key of [record.key, ...record.aliases, ...identifierKeys(record.article)]) {
      const set = byKey.get(key) ?? new Set<string>();
      for (const id of from) set.add(id);
      byKey.set(key, set);
    }
  }
  return byKey;
}

/** What of a file is compared with the review's earlier imports (ImportView reads it in a worker). */
export interface ImportedFile {
  /** fileKeys, and fileIdentifiers: the other identifiers of some of its records. */
  keys: readonly string[];
  ids?: readonly (readonly string[])[];
  fingerprint: string;
  /** Records read (a record the file holds twice counts twice). */
  records: number;
  /** The database the reviewer confirmed it came from. */
  database: string;
}

/** The earlier imports each of the file's records came from, counted once per record (by its key or any identifier). */
function sharedPerImport(file: ImportedFile, byKey: Map<string, Set<string>>): Map<string, number> {
  const idsOf = new Map((file.ids ?? []).map((ids) => [ids[0], ids] as const));
  const shared = new Map<string, number>();
  for (const key of file.keys) {
    const from = new Set<string>();
    for (const id of idsOf.get(key) ?? [key]) for (const search of byKey.get(id) ?? []) from.add(search);
    for (const id of from) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return shared;
}

/**
 * The earlier imports of a review that the file repeats in whole or in part, from the review as
 * shown (records, the deleted ones too: deleting a record does not undo its import) and its
 * search log (a file attached to a search entered by hand is logged under that search, with its
 * fingerprint and file name).
 */
export function importOverlap(
  file: ImportedFile,
  review: { records: readonly ReviewRecord[]; deleted: readonly ReviewRecord[]; searches: readonly LoggedSearch[] },
): ImportOverlap {
  const imports = review.searches.filter((s) => s.origin === 'import' || s.recordCount !== undefined);
  const byKey = importsByKey([...review.records, ...review.deleted], new Set(imports.map((s) => s.id)));
  const shared = sharedPerImport(file, byKey);
  const count = file.keys.length;
  const fromDatabase = (s: LoggedSearch) => sameDatabase(s.database, file.database);
  const same = imports.find((s) => {
    if (!fromDatabase(s)) return false;
    // The logged count is the file's records, a record the file held twice counted twice.
    return s.fingerprint ? s.fingerprint === file.fingerprint : count > 0 && s.recordCount === file.records && shared.get(s.id) === count;
  });
  const partial = imports
    .filter((s) => s !== same && (shared.get(s.id) ?? 0) > 0)
    .map((search) => ({ search, shared: shared.get(search.id) ?? 0 }))
    .sort((a, b) => b.shared - a.shared);
  const again = partial.find(({ search, shared }) => fromDatabase(search) && nearlyAll(shared, count) && nearlyAll(shared, search.recordCount ?? shared));
  return { same, partial, ...(again ? { again } : {}) };
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
 * to one instead of logging a second search keeps PRISMA from counting the search twice. Those
 * whose typed count is the file's `records` first (two PubMed searches logged by hand with 3 and
 * 5 results, and their two exports of 3 and 5 records), then the nearest in time.
 */
export function attachableSearches(
  database: string,
  now: number,
  review: { searches: readonly LoggedSearch[]; storedPerSearch: ReadonlyMap<string, number> },
  records?: number,
): LoggedSearch[] {
  const otherCount = (s: LoggedSearch) => (records !== undefined && s.totalResults === records ? 0 : 1);
  return review.searches
    .filter((s) => s.origin === 'manual' && s.counted && sameDatabase(s.database, database) && !review.storedPerSearch.get(s.id))
    .filter((s) => s.at >= now - BEFORE && s.at <= now + AFTER)
    .sort((a, b) => otherCount(a) - otherCount(b) || Math.abs(now - a.at) - Math.abs(now - b.at));
}
