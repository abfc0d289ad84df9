import { ArticleSchema, ReviewRecordSchema, recordKey, type Article, type ArticleInput, type Decision, type EvidenceSchema, type SourceHit } from '../model';
import type { z } from 'zod';
import { familyName, matchKeys } from '../dedup/normalize';
import { db, recordsOf, type StoredRecord } from './schema';
import { validate } from './errors';

export type HitInput = Omit<SourceHit, 'at'>;
type EvidenceInput = z.input<typeof EvidenceSchema>;

const prefixed = (reviewId: string, keys: string[]) => keys.map((k) => `${reviewId}|${k}`);

/** The index entries of a record: its key, its aliases and the identifiers it can be matched by. */
export function recordMatchKeys(reviewId: string, key: string, aliases: string[], article: Article): string[] {
  return [...new Set(prefixed(reviewId, [key, ...aliases, ...matchKeys(article)]))];
}

/**
 * Two sightings are the same record when they share a key, DOI or PMID and no identifier
 * disagrees; a shared folded title + year counts only when both first authors are known and
 * have the same family name. Anything less certain is left to the reviewer (lib/dedup's
 * likely pairs): a wrong merge hides a study, a missed one only shows it twice.
 */
function sameStudy(existing: StoredRecord, article: Article, sharedKeys: string[]): boolean {
  const stored = existing.article;
  if (stored.doi && article.doi && stored.doi !== article.doi) return false;
  if (stored.pmid && article.pmid && stored.pmid !== article.pmid) return false;
  if (sharedKeys.some((k) => !k.includes('|title:'))) return true;
  const a = familyName(stored.authors[0]);
  const b = familyName(article.authors[0]);
  return !!a && a === b;
}

/** Fill what the stored article lacks from a new sighting; never lose what is stored. */
export function mergeArticle(stored: Article, seen: Article): Article {
  const merged: Article = { ...seen, ...stripUndefined(stored) };
  // A complete author list beats one that a result list cut short.
  if (
    (stored.authorsTruncated && !seen.authorsTruncated && seen.authors.length > 0) ||
    (!stored.authorsTruncated && !seen.authorsTruncated && seen.authors.length > stored.authors.length)
  ) {
    merged.authors = seen.authors;
    merged.authorsTruncated = seen.authorsTruncated;
  }
  if (stored.journalTruncated && seen.journal && !seen.journalTruncated) {
    merged.journal = seen.journal;
    merged.journalTruncated = undefined;
  }
  if ((seen.abstract?.length ?? 0) > (stored.abstract?.length ?? 0)) merged.abstract = seen.abstract;
  if (!stored.keywords?.length && seen.keywords?.length) merged.keywords = seen.keywords;
  return stripUndefined(merged) as Article;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameHit(a: SourceHit, b: HitInput): boolean {
  return a.database === b.database && a.url === b.url && a.searchId === b.searchId && a.fileName === b.fileName;
}

/**
 * Store articles seen on a page or in a file as records of a review, merging each into the
 * record it matches. All are validated first; then one transaction writes them all or none.
 * Returns, for each input article in order, the key of the record that holds it.
 */
export async function recordSeen(reviewId: string, inputs: ArticleInput[], hit: HitInput, now = Date.now()): Promise<string[]> {
  const articles = inputs.map((a, i) => validate(ArticleSchema, a, `Article ${i + 1} not saved`));
  return (await storeSeen(reviewId, articles, hit, now)).keys;
}

const PUT_CHUNK = 1_000;

/**
 * recordSeen for articles already validated (imports validate the whole file first).
 * One index lookup for the whole batch — against what the review held before it, since
 * duplicates inside the batch are matched in memory — then writes in chunks, reporting
 * progress after each. Runs in its own transaction, or inside the caller's. Returns the
 * record key of each article and the records written.
 */
export async function storeSeen(
  reviewId: string,
  articles: Article[],
  hit: HitInput,
  now = Date.now(),
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ keys: string[]; records: StoredRecord[] }> {
  const table = db().records;
  return db().transaction('rw', table, async () => {
    const keysOf = articles.map((a) => {
      const key = recordKey(a);
      return { key, match: prefixed(reviewId, [key, ...matchKeys(a)]) };
    });
    const candidates = await table.where('matchKeys').anyOf([...new Set(keysOf.flatMap((k) => k.match))]).toArray();
    // Index of every record touched in this batch by its match keys (stored and new alike);
    // one key can point at several records (two studies with the same title and year).
    const byMatch = new Map<string, StoredRecord[]>();
    const index = (record: StoredRecord) =>
      record.matchKeys.forEach((k) => {
        const list = byMatch.get(k);
        if (!list) byMatch.set(k, [record]);
        else if (!list.includes(record)) list.push(record);
      });
    candidates.forEach(index);
    // Every key in use that this batch could collide with (a record's own key is among its match keys).
    const taken = new Set(candidates.map((c) => c.key));
    const touched = new Set<StoredRecord>();
    const result: string[] = [];
    articles.forEach((article, i) => {
      const { key, match } = keysOf[i];
      const record = findMatch(byMatch, article, match);
      let target: StoredRecord;
      if (!record) {
        // Another study already holds this key (same title and year, other authors): a new
        // key, never a write over it.
        let unique = key;
        for (let n = 2; taken.has(unique); n++) unique = `${key}#${n}`;
        taken.add(unique);
        // addedAt steps by a millisecond per article, so the order of a page or file is kept
        // (the screening queue follows it).
        target = { reviewId, key: unique, article, sources: [], aliases: [], addedAt: now + i, updatedAt: now, matchKeys: [...new Set([`${reviewId}|${unique}`, ...match])] };
      } else {
        target = record;
        target.article = mergeArticle(target.article, article);
        if (key !== target.key && !target.aliases.includes(key)) target.aliases.push(key);
        target.matchKeys = recordMatchKeys(reviewId, target.key, target.aliases, target.article);
      }
      if (!target.sources.some((s) => sameHit(s, hit))) target.sources.push({ ...stripUndefined(hit), at: now } as SourceHit);
      target.updatedAt = now;
      index(target);
      touched.add(target);
      result.push(target.key);
    });
    const all = [...touched];
    for (let i = 0; i < all.length; i += PUT_CHUNK) {
      await table.bulkPut(all.slice(i, i + PUT_CHUNK));
      onProgress(Math.min(i + PUT_CHUNK, all.length), all.length);
    }
    return { keys: result, records: all };
  });
}

/**
 * For each article, the key of the review's record it matches, if any (read-only: used to
 * show decisions made on another site when the same study is seen again).
 */
export async function findRecordKeys(reviewId: string, articles: Article[]): Promise<(string | undefined)[]> {
  const keysOf = articles.map((a) => prefixed(reviewId, [recordKey(a), ...matchKeys(a)]));
  const candidates = await db().records.where('matchKeys').anyOf([...new Set(keysOf.flat())]).toArray();
  const byMatch = new Map<string, StoredRecord[]>();
  for (const c of candidates) for (const k of c.matchKeys) byMatch.set(k, [...(byMatch.get(k) ?? []), c]);
  return articles.map((article, i) => findMatch(byMatch, article, keysOf[i])?.key);
}

/** The first record under any of the match keys that is the same study as the article. */
function findMatch(byMatch: Map<string, StoredRecord[]>, article: Article, match: string[]): StoredRecord | undefined {
  for (const k of match) {
    for (const found of byMatch.get(k) ?? []) {
      if (sameStudy(found, article, match.filter((m) => found.matchKeys.includes(m)))) return found;
    }
  }
  return undefined;
}

export async function listRecords(reviewId: string): Promise<StoredRecord[]> {
  return recordsOf(db(), reviewId).toArray();
}

export async function getRecord(reviewId: string, key: string): Promise<StoredRecord | undefined> {
  return db().records.get([reviewId, key]);
}

/** What a deletion removed, so that it can be undone exactly. */
export interface DeletedRecords {
  records: StoredRecord[];
  decisions: Decision[];
}

/** Delete records and their decisions in one transaction; returns what was removed (for undo). */
export async function deleteRecords(reviewId: string, keys: string[]): Promise<DeletedRecords> {
  return db().transaction('rw', db().records, db().decisions, async () => {
    const records = (await db().records.bulkGet(keys.map((k) => [reviewId, k] as [string, string]))).filter((r): r is StoredRecord => !!r);
    const decisions = await db().decisions.where('[reviewId+key]').anyOf(keys.map((k) => [reviewId, k])).toArray();
    await db().records.bulkDelete(records.map((r) => [r.reviewId, r.key] as [string, string]));
    await db().decisions.bulkDelete(decisions.map((d) => d.id!));
    return { records, decisions };
  });
}

/** Put back what deleteRecords removed, ids and all. */
export async function undoDelete(deleted: DeletedRecords): Promise<void> {
  await db().transaction('rw', db().records, db().decisions, async () => {
    await db().records.bulkPut(deleted.records);
    await db().decisions.bulkPut(deleted.decisions);
  });
}

/** Edit a record's metadata or evidence; validated as a whole before it is written. */
export async function updateRecord(
  reviewId: string,
  key: string,
  patch: { article?: ArticleInput; evidence?: EvidenceInput },
  now = Date.now(),
): Promise<StoredRecord> {
  return db().transaction('rw', db().records, async () => {
    const stored = await db().records.get([reviewId, key]);
    if (!stored) throw new Error(`No record ${key} in this review`);
    const { matchKeys: _old, ...plain } = stored;
    void _old;
    const next = validate(ReviewRecordSchema, { ...plain, ...patch, updatedAt: now }, 'Record not saved');
    const record: StoredRecord = { ...next, matchKeys: recordMatchKeys(reviewId, next.key, next.aliases, next.article) };
    await db().records.put(record);
    return record;
  });
}
