import {
  ArticleSchema,
  EvidenceFieldsSchema,
  ReviewRecordSchema,
  recordKey,
  type Article,
  type ArticleInput,
  type EvidenceFields,
  type ReviewRecord,
  type SourceHit,
} from '../model';
import { familyName } from '../dedup/normalize';
import { isPartKey, sameAuthors, titlePartOf } from '../dedup/cut';
import { isPreprint } from '../dedup/preprint';
import { foldGroups, resolveKey } from '../review/groups';
import { hasSource, joinArticle, joinRecords, sameRecord } from '../review/join';
import { shortHash } from '../review/searches';
import { db, type StoredRecord } from './schema';
import { allRecords, getRecords, lastRecordSeq, putRecords, recordsMatching, recordTables } from './record-store';
import { validate } from './errors';
import { appendEvents, eventsAbout } from './events';
import { lookupKeys, recordMatchKeys } from './match';

export { recordMatchKeys };
export type HitInput = Omit<SourceHit, 'at'>;

/**
 * Two sightings are the same record when they share a key, DOI or PMID and no identifier
 * disagrees; a shared folded title + year counts only when both first authors are known and
 * have the same family name (and the same first initial, when both show one: "Sari D" and
 * "Sari A" wrote two letters), and neither is a preprint of the other. Anything less certain is
 * left to the reviewer (lib/dedup's likely pairs): a wrong merge hides a study, a missed one
 * only shows it twice. Google Scholar's cut titles and author lists (lib/dedup/cut.ts) count
 * for the part they show: a cut title must be part of the other, and a list cut at its start
 * shows later authors, not the first.
 */
export function sameStudy(existing: StoredRecord, article: Article, sharedKeys: string[]): boolean {
  const stored = existing.article;
  if (stored.doi && article.doi && stored.doi !== article.doi) return false;
  if (stored.pmid && article.pmid && stored.pmid !== article.pmid) return false;
  if (sharedKeys.some((k) => !k.includes('|title:') && !isPartKey(k))) return true;
  // A preprint and the article it became share title, year and author, but are two records.
  if (isPreprint(stored) !== isPreprint(article)) return false;
  if (!sharedKeys.some((k) => k.includes('|title:')) && !titlePartOf(stored, article)) return false;
  return sameAuthors(stored, article);
}

/** The first record under any of the match keys that is the same study as the article. */
function findMatch(byMatch: Map<string, StoredRecord[]>, article: Article, match: string[]): StoredRecord | undefined {
  for (const k of match) {
    for (const found of byMatch.get(k) ?? []) {
      if (
        sameStudy(
          found,
          article,
          match.filter((m) => found.matchKeys.includes(m)),
        )
      )
        return found;
    }
  }
  return undefined;
}

/**
 * A key for a study whose natural key another study holds already (same title and year,
 * other authors): derived from what tells them apart, so another reviewer's machine that
 * meets the same two studies gives them the same keys.
 */
function uniqueKey(key: string, article: Article, taken: Set<string>): string {
  let unique = `${key}#${familyName(article.authors[0]) || shortHash(JSON.stringify([article.title, article.authors, article.journal ?? '']))}`;
  for (let n = 2; taken.has(unique); n++) unique = `${unique.replace(/~\d+$/, '')}~${n}`;
  return unique;
}

/**
 * Store articles seen on a page or in a file as records of a review, joining each to the
 * record it matches. All are validated first; then one transaction writes them all or none.
 * Returns, for each input article in order, the key of the record that holds it.
 */
export async function recordSeen(reviewId: string, inputs: ArticleInput[], hit: HitInput, now = Date.now()): Promise<string[]> {
  const articles = inputs.map((a, i) => validate(ArticleSchema, a, `Article ${i + 1} not saved`));
  return (await storeSeen(reviewId, articles, hit, now)).keys;
}

/** Records count their changes per review: what a push to that review's server sends next. */
const nextSeq = async (reviewId: string) => (await lastRecordSeq(db(), reviewId)) + 1;

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
  const d = db();
  return d.transaction('rw', recordTables(d), async () => {
    const keysOf = articles.map((a) => {
      const key = recordKey(a);
      return { key, match: lookupKeys(reviewId, key, a) };
    });
    const candidates = await recordsMatching(d, [...new Set(keysOf.flatMap((k) => k.match))]);
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
    const taken = new Set(candidates.map((c) => c.key));
    const touched = new Set<StoredRecord>();
    const created = new Set<StoredRecord>();
    const seq = await nextSeq(reviewId);
    const result = articles.map((article, i) => {
      const { key, match } = keysOf[i];
      let target = findMatch(byMatch, article, match);
      if (!target) {
        const unique = taken.has(key) ? uniqueKey(key, article, taken) : key;
        taken.add(unique);
        // addedAt steps by a millisecond per article, so the order of a page or file is kept
        // (the screening queue follows it).
        target = { reviewId, key: unique, article, sources: [], aliases: [], addedAt: now + i, updatedAt: now, matchKeys: [...new Set([`${reviewId}|${unique}`, ...match])] };
        created.add(target);
      } else {
        target.article = joinArticle(target.article, article);
        if (key !== target.key && !target.aliases.includes(key)) target.aliases.push(key);
        target.matchKeys = recordMatchKeys(reviewId, target.key, target.aliases, target.article);
      }
      if (!hasSource(target.sources, hit)) target.sources.push({ ...stripUndefined(hit), at: now } as SourceHit);
      target.updatedAt = now;
      index(target);
      touched.add(target);
      return target.key;
    });
    const all = [...touched];
    all.forEach((r, i) => (r.seq = seq + i));
    await putRecords(
      d,
      all.filter((r) => !created.has(r)),
      all.filter((r) => created.has(r)),
      (done) => onProgress(done, all.length),
    );
    return { keys: result, records: all };
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Store versions of records made elsewhere (a team member's, a backup, a shared file): each
 * is checked, then joined with the version here. `revs` are the server's revisions of what
 * came from a team server: a record that now holds more than was received gets a new change
 * number, so that the join goes back. Returns the records that changed here.
 */
export async function storeRecordVersions(received: readonly ReviewRecord[], revs?: Map<string, string>): Promise<{ changed: StoredRecord[] }> {
  const d = db();
  const incoming = joinDuplicates(received);
  return d.transaction('rw', [...recordTables(d), d.revs], async () => {
    const ids = incoming.map((r) => [r.reviewId, r.key] as [string, string]);
    const [locals, known] = await Promise.all([localVersions(incoming), revs ? d.revs.bulkGet(ids) : []]);
    const reviews = [...new Set(incoming.map((r) => r.reviewId))];
    const seqs = new Map(await Promise.all(reviews.map(async (id) => [id, await nextSeq(id)] as const)));
    // Records new here (a reviewer joining a team, a restored backup) may be many: stored packed.
    const changed: StoredRecord[] = [];
    const fresh: StoredRecord[] = [];
    incoming.forEach((record, i) => {
      const local = locals[i];
      const joined = local ? joinRecords<ReviewRecord>(stripStored(local), record) : record;
      const moreThanReceived = !sameRecord(joined, record);
      if (local && sameRecord(joined, stripStored(local))) return;
      // From a server: only a join that holds more travels back; from a file: every change does.
      const sendBack = !revs || moreThanReceived;
      const stored = {
        ...joined,
        matchKeys: recordMatchKeys(joined.reviewId, joined.key, joined.aliases, joined.article),
        seq: sendBack ? nextOf(seqs, joined.reviewId) : (local?.seq ?? 0),
      };
      (local ? changed : fresh).push(stored);
    });
    await putRecords(d, changed, fresh);
    if (revs) {
      const updates = incoming.flatMap((r, i) => (revs.get(r.key) && revs.get(r.key) !== known[i]?.rev ? [{ reviewId: r.reviewId, key: r.key, rev: revs.get(r.key)! }] : []));
      await db().revs.bulkPut(updates);
    }
    return { changed: [...fresh, ...changed] };
  });
}

/**
 * One record per review and key: a file can hold the same record twice (two backups put
 * together by hand or by a script), and each copy may know something the other does not.
 */
function joinDuplicates(records: readonly ReviewRecord[]): readonly ReviewRecord[] {
  const byId = new Map<string, ReviewRecord>();
  for (const record of records) {
    const id = `${record.reviewId}\n${record.key}`;
    const seen = byId.get(id);
    byId.set(id, seen ? joinRecords<ReviewRecord>(seen, record) : record);
  }
  return byId.size === records.length ? records : [...byId.values()];
}

/** The next change number of a review, counted on. */
function nextOf(seqs: Map<string, number>, reviewId: string): number {
  const seq = seqs.get(reviewId) ?? 1;
  seqs.set(reviewId, seq + 1);
  return seq;
}

/** A stored record without what only this database keeps beside it. */
export function stripStored({ matchKeys: _m, seq: _s, ...record }: StoredRecord): ReviewRecord {
  return record;
}

/**
 * For each article, the key of the review's record it matches, if any (read-only: used to
 * show decisions made on another site when the same study is seen again). Merged records
 * answer with the key of the record they were merged into.
 */
export async function findRecordKeys(reviewId: string, articles: Article[]): Promise<(string | undefined)[]> {
  const keysOf = articles.map((a) => lookupKeys(reviewId, recordKey(a), a));
  const [candidates, merges] = await Promise.all([recordsMatching(db(), [...new Set(keysOf.flat())]), eventsAbout(reviewId, ['merge'])]);
  const byMatch = new Map<string, StoredRecord[]>();
  for (const c of candidates) for (const k of c.matchKeys) byMatch.set(k, [...(byMatch.get(k) ?? []), c]);
  const groups = foldGroups(merges);
  return articles.map((article, i) => {
    const found = findMatch(byMatch, article, keysOf[i])?.key;
    return found && resolveKey(groups, found);
  });
}

/** The stored records of a review (merged ones apart: lib/review/records-view.ts joins them). */
export async function listRecords(reviewId: string): Promise<StoredRecord[]> {
  return allRecords(db(), reviewId);
}

export async function getRecord(reviewId: string, key: string): Promise<StoredRecord | undefined> {
  return (await getRecords(db(), reviewId, [key]))[0];
}

/** The versions here of records that came from elsewhere (of any reviews), in their order. */
export async function localVersions(records: readonly { reviewId: string; key: string }[]): Promise<(StoredRecord | undefined)[]> {
  const out: (StoredRecord | undefined)[] = new Array(records.length);
  const byReview = new Map<string, number[]>();
  records.forEach((r, i) => {
    const list = byReview.get(r.reviewId);
    if (list) list.push(i);
    else byReview.set(r.reviewId, [i]);
  });
  for (const [reviewId, at] of byReview) {
    const found = await getRecords(
      db(),
      reviewId,
      at.map((i) => records[i].key),
    );
    at.forEach((i, j) => (out[i] = found[j]));
  }
  return out;
}

/** Remove records from the review (an event: undo puts them back exactly). */
export async function deleteRecords(reviewId: string, keys: string[]): Promise<string[]> {
  if (keys.length) await appendEvents(reviewId, [{ kind: 'records-delete', subject: 'delete', payload: { keys } }]);
  return keys;
}
/** Put back records deleted earlier. */
export async function undoDelete(reviewId: string, keys: string[]): Promise<void> {
  if (keys.length) await appendEvents(reviewId, [{ kind: 'records-restore', subject: 'delete', payload: { keys } }]);
}

/**
 * Correct a record's metadata or fill its evidence; validated before the event is written. `evidence`: the fields
 * changed, only those (lib/model evidenceChanges) — a teammate's save of other fields, made meanwhile, is kept.
 * `reportOf`: another report of the study of the record under that key (null: of no other), for PRISMA.
 */
export async function updateRecord(reviewId: string, key: string, patch: { article?: ArticleInput; evidence?: EvidenceFields; reportOf?: string | null }): Promise<void> {
  if (patch.reportOf === key) throw new Error('Record not saved: a record cannot be another report of itself');
  const payload = {
    ...(patch.article ? { article: validate(ArticleSchema, patch.article, 'Record not saved') } : {}),
    ...(patch.evidence && Object.keys(patch.evidence).length ? { evidenceFields: validate(EvidenceFieldsSchema, patch.evidence, 'Record not saved') } : {}),
    ...(patch.reportOf !== undefined ? { reportOf: patch.reportOf } : {}),
  };
  if (!payload.article && !payload.evidenceFields && payload.reportOf === undefined) return; // nothing changed: nothing written
  await appendEvents(reviewId, [{ kind: 'record-edit', subject: key, payload }]);
}

export { ReviewRecordSchema };
