import Dexie from 'dexie';
import { countRecordsAfter, recordsAfterSeq } from './record-store';
import { bySeq, db, type StoredEvent, type StoredRecord, type SyncState } from './schema';
import { newId } from './events';

/** Replication progress with one server database, kept by this profile only (never in backups). */
export interface SyncProgress extends SyncState {
  reviewId: string;
  /** Random per start from scratch: the server keeps the same id in its checkpoint. */
  session: string;
}

export async function getSyncState(id: string): Promise<SyncProgress | undefined> {
  return (await db().sync.get(id)) as SyncProgress | undefined;
}

export async function newSyncState(id: string, reviewId: string): Promise<SyncProgress> {
  const state: SyncProgress = { id, reviewId, session: newId(), pushedEvents: 0, pushedRecords: 0, since: '0' };
  await db().sync.put(state);
  return state;
}

export async function saveSyncState(id: string, patch: Partial<Omit<SyncProgress, 'id'>>): Promise<void> {
  await db().sync.update(id, patch);
}

export async function forgetSyncState(id: string): Promise<void> {
  await db().sync.delete(id);
}

/** This review's events not yet sent, oldest first. */
export async function eventsAfter(reviewId: string, seq: number, limit: number): Promise<StoredEvent[]> {
  return bySeq(db().events, reviewId, seq).limit(limit).toArray();
}

/** This review's records changed here since the last send, oldest change first. */
export async function recordsAfter(reviewId: string, seq: number, limit: number): Promise<StoredRecord[]> {
  return recordsAfterSeq(db(), reviewId, seq, limit);
}

/** How many changes wait to be sent. */
export async function countWaiting(reviewId: string, state: Pick<SyncState, 'pushedEvents' | 'pushedRecords'>): Promise<number> {
  const [events, records] = await Promise.all([bySeq(db().events, reviewId, state.pushedEvents).count(), countRecordsAfter(db(), reviewId, state.pushedRecords)]);
  return events + records;
}

/** Remember the server's revision of records just sent (not a change of the records). */
export async function setRecordRevs(reviewId: string, revs: Map<string, string>): Promise<void> {
  if (revs.size) await db().revs.bulkPut([...revs].map(([key, rev]) => ({ reviewId, key, rev })));
}

/**
 * Forget the server's revisions of a review's records: a replication that starts over (the
 * server lost its data, or it is another database) must not send them, or the server refuses
 * every record as a conflict with a document it does not have.
 */
export async function forgetRecordRevs(reviewId: string): Promise<void> {
  await db().revs.where('[reviewId+key]').between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey]).delete();
}

/** The server's revisions of some records, as last sent or received (absent: never synced). */
export async function recordRevs(reviewId: string, keys: string[]): Promise<(string | undefined)[]> {
  return (await db().revs.bulkGet(keys.map((k) => [reviewId, k] as [string, string]))).map((r) => r?.rev);
}
