import type { ReviewEvent, ReviewRecord } from '../model';
import { db, EVENT_TABLES, recordTables, storeEvents, storeRecordVersions, type AsReceived } from '../db';
import { eventsAfter, type SyncProgress } from '../db/sync-state';
import { sameStudyMerges } from '../db/received-merges';
import { version as SARING_VERSION } from '../../package.json';
import type { CouchClient } from './couch';
import { readDoc } from './docs';

export interface Invalid {
  id: string;
  message: string;
}

/** Skipped documents remembered per replication, at most (their ids only). */
const SKIPPED_KEPT = 5_000;

const lastEventSeq = async () => (await db().events.orderBy('seq').last())?.seq ?? 0;

/**
 * Check documents from the server and store the valid ones in one transaction. Returns what
 * was added, the documents skipped, and how far the push checkpoint may move: events that came
 * from the server need not go back to it, so when nothing of this replica was waiting before
 * them, the checkpoint moves past them.
 */
export async function storeReceived(state: SyncProgress, docs: (Record<string, unknown> | undefined)[]) {
  const events: ReviewEvent[] = [];
  const asReceived = new Map<string, AsReceived>();
  const records: ReviewRecord[] = [];
  const revs = new Map<string, string>();
  const invalid: Invalid[] = [];
  for (const doc of docs) {
    const read = readDoc(doc, state.reviewId);
    if (read.kind === 'event') {
      events.push(read.event);
      if (read.asReceived) asReceived.set(read.event.id, read.asReceived);
    } else if (read.kind === 'record') {
      records.push(read.record);
      revs.set(read.record.key, read.rev);
    } else if (read.kind === 'invalid') invalid.push({ id: read.id, message: read.message });
  }
  const d = db();
  const stored = await d.transaction('rw', [...recordTables(d), d.revs, ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    const nothingWaiting = (await eventsAfter(state.reviewId, state.pushedEvents, 1)).length === 0;
    const e = await storeEvents(events, asReceived);
    const r = await storeRecordVersions(records, revs);
    const caughtUp = nothingWaiting ? await lastEventSeq() : state.pushedEvents;
    // After the checkpoint: sent on, though the teammate's Saring makes the same (one document).
    const merges = await storeEvents(await sameStudyMerges(state.reviewId, r.changed));
    return { events: e.added.length + merges.added.length, records: r.changed.length, caughtUp };
  });
  return { ...stored, invalid };
}

/**
 * The sync row's list of skipped documents with these added: the pull moves past them, so
 * without it a teammate's event of a kind this Saring cannot read yet would never be fetched
 * again, even after Saring is updated.
 */
export function skippedWith(state: SyncProgress, invalid: Invalid[]): Pick<SyncProgress, 'skipped' | 'skippedBy'> {
  const ids = [...new Set([...(state.skipped ?? []), ...invalid.map((i) => i.id)])].slice(-SKIPPED_KEPT);
  return { skipped: ids, skippedBy: SARING_VERSION };
}

/**
 * Documents skipped by an earlier version of Saring, fetched again (by id) once after an
 * update: those it can read now are stored, the rest stay skipped under this version.
 */
export async function retrySkipped(client: CouchClient, state: SyncProgress) {
  if (!state.skipped?.length || state.skippedBy === SARING_VERSION) return undefined;
  const received = await storeReceived(state, await client.allDocs(state.skipped));
  return { ...received, patch: { skipped: received.invalid.map((i) => i.id), skippedBy: SARING_VERSION } };
}
