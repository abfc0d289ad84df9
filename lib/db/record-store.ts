import Dexie from 'dexie';
import { matchHash, packHashes, prefixed } from './match';
import { bySeq, type RecordPack, type RecordWrites, type SaringDB, type StoredRecord } from './schema';

// Where records live. IndexedDB pays about a tenth of a millisecond per object written here,
// whatever its size, so the records a large import creates are stored packed: up to
// PACK_SIZE of them (and about PACK_BYTES) in one `packs` row (10,000 records with abstracts:
// about 250 rows instead of 10,000). Any later
// change of a record — seen again on a page, joined with a team member's version — is written
// as its own row in `records`, which from then on shadows the packed copy. So:
// - a record is in `records`, in one pack, or in both (then the `records` row is current);
// - packs are written once, when an import creates them, and never rewritten.
// Everything that reads records goes through this file.

/** New records in one write from which they are packed (a page of results stays row by row). */
export const PACK_FROM = 200;
export const PACK_SIZE = 100;
/** Rows written per request. */
const ROW_CHUNK = 1_000;

/** The tables a transaction over records must hold. */
export const recordTables = (d: SaringDB) => [d.records, d.packs, d.marks];

const id = (r: { reviewId: string; key: string }) => `${r.reviewId}\n${r.key}`;

/**
 * Packed copies that a row of `records` shadows are dropped; each record once. `allRows`: the
 * rows given are every row there is, so no other row can shadow a packed copy.
 */
async function current(d: SaringDB, packed: StoredRecord[], rows: StoredRecord[], allRows = false): Promise<StoredRecord[]> {
  const seen = new Set(rows.map(id));
  const unseen = packed.filter((r) => !seen.has(id(r)));
  const shadows = allRows ? [] : await d.records.bulkGet(unseen.map((r) => [r.reviewId, r.key] as [string, string]));
  const out = [...rows];
  unseen.forEach((r, i) => {
    const now = shadows[i] ?? r;
    if (!seen.has(id(now))) {
      seen.add(id(now));
      out.push(now);
    }
  });
  return out;
}

const packsOf = (d: SaringDB, reviewId: string) => d.packs.where('[reviewId+id]').between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey]);
const rowsOf = (d: SaringDB, reviewId: string) => d.records.where('[reviewId+key]').between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey]);

/** All records of a review, in key order. */
export async function allRecords(d: SaringDB, reviewId: string): Promise<StoredRecord[]> {
  const [rows, packs] = await Promise.all([rowsOf(d, reviewId).toArray(), packsOf(d, reviewId).toArray()]);
  if (!packs.length) return rows;
  const all = await current(
    d,
    packs.flatMap((p) => p.records),
    rows,
    true,
  );
  return all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every record of every review (backups). */
export async function everyRecord(d: SaringDB): Promise<StoredRecord[]> {
  const [rows, packs] = await Promise.all([d.records.toArray(), d.packs.toArray()]);
  return current(
    d,
    packs.flatMap((p) => p.records),
    rows,
    true,
  );
}

/** Some records of a review by key, in the order asked (undefined: no such record). */
export async function getRecords(d: SaringDB, reviewId: string, keys: string[]): Promise<(StoredRecord | undefined)[]> {
  const rows = await d.records.bulkGet(keys.map((k) => [reviewId, k] as [string, string]));
  const missing = keys.filter((_, i) => !rows[i]);
  if (!missing.length) return rows;
  const wanted = new Set(missing);
  const packs = await d.packs.where('hashes').anyOf(prefixed(reviewId, missing).map(matchHash)).distinct().toArray();
  // A pack found by a number another key shares: only this review's records asked for count.
  const packed = new Map(packs.flatMap((p) => p.records.filter((r) => r.reviewId === reviewId && wanted.has(r.key)).map((r) => [r.key, r] as const)));
  return rows.map((row, i) => row ?? packed.get(keys[i]));
}

/** The records (of any review) indexed under any of these match keys, current versions. */
export async function recordsMatching(d: SaringDB, matchKeys: string[]): Promise<StoredRecord[]> {
  const [rows, packs] = await Promise.all([
    d.records.where('matchKeys').anyOf(matchKeys).distinct().toArray(),
    d.packs.where('hashes').anyOf(matchKeys.map(matchHash)).distinct().toArray(),
  ]);
  if (!packs.length) return rows;
  const wanted = new Set(matchKeys);
  const packed = packs.flatMap((p) => p.records.filter((r) => r.matchKeys.some((k) => wanted.has(k))));
  return current(d, packed, rows);
}

/** How many times a review's records were written (part of its change mark: one read, where counting rows read them all). */
export async function recordWrites(d: SaringDB, reviewId: string): Promise<number> {
  return (await d.marks.get(reviewId))?.writes ?? 0;
}

/** The highest change number of a review's records (0: none). */
export async function lastRecordSeq(d: SaringDB, reviewId: string): Promise<number> {
  const seqOf = (key: unknown) => (key as [string, number] | undefined)?.[1] ?? 0;
  const [row, pack] = await Promise.all([bySeq(d.records, reviewId).lastKey(), bySeq(d.packs, reviewId).lastKey()]);
  return Math.max(seqOf(row), seqOf(pack));
}

/**
 * A review's records changed after `after` (their change number), oldest change first, at
 * most `limit`: rows and packed copies merged, shadowed copies left out.
 */
export async function recordsAfterSeq(d: SaringDB, reviewId: string, after: number, limit: number): Promise<StoredRecord[]> {
  const [rows, packKeys] = await Promise.all([bySeq(d.records, reviewId, after).limit(limit).toArray(), bySeq(d.packs, reviewId, after).primaryKeys()]);
  const packed: StoredRecord[] = [];
  // Packs hold contiguous change numbers, in the order of the index: read until enough.
  for (const key of packKeys) {
    if (packed.length >= limit) break;
    const pack = await d.packs.get(key);
    const waiting = (pack?.records ?? []).filter((r) => (r.seq ?? 0) > after);
    const shadows = await d.records.bulkGet(waiting.map((r) => [r.reviewId, r.key] as [string, string]));
    packed.push(...waiting.filter((_, i) => !shadows[i]));
  }
  return [...rows, ...packed].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).slice(0, limit);
}

/** How many of a review's records changed after `after`. */
export async function countRecordsAfter(d: SaringDB, reviewId: string, after: number): Promise<number> {
  const [rows, packs] = await Promise.all([bySeq(d.records, reviewId, after).count(), bySeq(d.packs, reviewId, after).toArray()]);
  const waiting = packs.flatMap((p) => p.records.filter((r) => (r.seq ?? 0) > after));
  const shadows = await d.records.bulkGet(waiting.map((r) => [r.reviewId, r.key] as [string, string]));
  return rows + shadows.filter((s) => !s).length;
}

/**
 * Write records: `changed` ones (already stored somewhere) as rows, `created` ones packed when
 * there are at least PACK_FROM of them, else as rows too. Run inside the caller's transaction.
 * Every write is asked for at once, so that this side prepares the next while the database
 * stores the last (they are one transaction: any failure undoes all); `onWritten` hears how
 * many records are stored so far.
 */
export async function putRecords(d: SaringDB, changed: StoredRecord[], created: StoredRecord[] = [], onWritten: (done: number) => void = () => undefined): Promise<void> {
  const packed = created.length >= PACK_FROM;
  const rows = packed ? changed : [...changed, ...created];
  let done = 0;
  const wrote = (n: number) => () => onWritten((done += n));
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < rows.length; i += ROW_CHUNK) writes.push(d.records.bulkPut(rows.slice(i, i + ROW_CHUNK)).then(wrote(Math.min(ROW_CHUNK, rows.length - i))));
  if (packed) for (const pack of await packsFor(d, created)) writes.push(d.packs.bulkAdd([pack]).then(wrote(pack.records.length)));
  for (const reviewId of new Set([...changed, ...created].map((r) => r.reviewId))) {
    const keys = (list: StoredRecord[]) => list.flatMap((r) => (r.reviewId === reviewId ? [r.key] : []));
    writes.push(d.marks.get(reviewId).then((mark) => d.marks.put(logWrite(reviewId, mark, keys(created), keys(changed)))));
  }
  await Promise.all(writes);
}

/** Keys the write log keeps at most (a page of results is 10–200; an import forgets the log). */
export const LOGGED_KEYS = 500;

/** The write after which the log lists every write: marks counted before the log existed list nothing up to their count. */
const logStart = (mark: RecordWrites | undefined) => (mark ? (mark.listedAfter ?? mark.writes) : 0);

/**
 * A review's write count moved on by one write, and the write's keys logged when few: the
 * oldest entries go once the log holds more than LOGGED_KEYS keys, and `listedAfter` says
 * from which write on the log is whole.
 */
export function logWrite(reviewId: string, mark: RecordWrites | undefined, created: string[], changed: string[]): RecordWrites {
  const write = (mark?.writes ?? 0) + 1;
  let listedAfter = logStart(mark);
  let touched = [...(mark?.touched ?? []), { write, created, changed }];
  let size = touched.reduce((n, w) => n + w.created.length + w.changed.length, 0);
  while (touched.length && size > LOGGED_KEYS) {
    const [oldest, ...rest] = touched;
    size -= oldest.created.length + oldest.changed.length;
    listedAfter = oldest.write;
    touched = rest;
  }
  return { reviewId, writes: write, touched, listedAfter };
}

/** The keys written after write number `after`, or undefined when the log no longer lists them all. */
export async function keysWrittenAfter(d: SaringDB, reviewId: string, after: number): Promise<{ created: Set<string>; changed: Set<string> } | undefined> {
  const mark = await d.marks.get(reviewId);
  if (after < logStart(mark)) return undefined;
  const since = (mark?.touched ?? []).filter((w) => w.write > after);
  return { created: new Set(since.flatMap((w) => w.created)), changed: new Set(since.flatMap((w) => w.changed)) };
}

/**
 * Chromium stores a value over 64 KB as a separate file, which costs more than the rows it
 * saves: a pack closes at about 48 KB of text (40 records with abstracts) or PACK_SIZE records.
 */
const PACK_BYTES = 48_000;

/** A record's size as stored, roughly: its strings (twice its match keys: the pack lists them too) and some overhead. */
function roughBytes(r: StoredRecord): number {
  const a = r.article;
  let n = 300 + a.title.length + (a.abstract?.length ?? 0) + (a.journal?.length ?? 0) + a.url.length + r.key.length;
  for (const s of a.authors) n += s.length + 4;
  for (const s of a.keywords ?? []) n += s.length + 4;
  for (const k of r.matchKeys) n += 2 * (k.length + 4);
  return n;
}

/** New records in packs of at most PACK_SIZE records and about PACK_BYTES, numbered on from each review's last pack. */
async function packsFor(d: SaringDB, created: StoredRecord[]): Promise<RecordPack[]> {
  const byReview = new Map<string, StoredRecord[]>();
  for (const r of created) {
    const list = byReview.get(r.reviewId);
    if (list) list.push(r);
    else byReview.set(r.reviewId, [r]);
  }
  const packs: RecordPack[] = [];
  for (const [reviewId, records] of byReview) {
    let next = (((await packsOf(d, reviewId).lastKey()) as [string, number] | undefined)?.[1] ?? 0) + 1;
    let part: StoredRecord[] = [];
    let bytes = 0;
    const close = () => {
      if (!part.length) return;
      packs.push({ reviewId, id: next++, seq: Math.max(...part.map((r) => r.seq ?? 0)), hashes: packHashes(part), records: part });
      [part, bytes] = [[], 0];
    };
    for (const record of records) {
      const size = roughBytes(record);
      if (part.length >= PACK_SIZE || (part.length && bytes + size > PACK_BYTES)) close();
      part.push(record);
      bytes += size;
    }
    close();
  }
  return packs;
}
