import type { ReviewRecord } from '../model';
import { storeRecordVersions, stripStored, type StoredEvent } from '../db';
import {
  countWaiting,
  eventsAfter,
  forgetRecordRevs,
  getSyncState,
  newSyncState,
  recordRevs,
  recordsAfter,
  saveSyncState,
  setRecordRevs,
  type SyncProgress,
} from '../db/sync-state';
import { CouchError, type CouchClient } from './couch';
import { readDoc, recordDoc, RECORD_PREFIX, storedEventDoc } from './docs';
import { pipeline, type PushOptions } from './pipeline';
import { retrySkipped, skippedWith, storeReceived, type Invalid } from './receive';

export type { Invalid };

// One review replicated both ways with one CouchDB database, resumably: each side keeps a
// checkpoint (this profile in its `sync` table, the server in a `_local` document) of how far
// it got, and a replication that stops anywhere starts again from there. Events are sent with
// `new_edits: false` under a revision derived from their content, after `_revs_diff` said
// the server lacks them — so an event is never stored twice, however often it is sent.

const BATCH = 500;
/** Events are small and immutable: fewer, larger requests. */
const EVENT_BATCH = 1_000;

// One checkpoint per replica: each reviewer's browser keeps its own on the server.
const checkpointId = (state: SyncProgress) => `saring-${state.session}`;

/**
 * Where to start: this profile's checkpoint, if the server holds the same one. A server that
 * lost its data, or another database under the same name, means starting again from the
 * beginning (which sends and receives nothing twice).
 */
export async function resume(client: CouchClient, id: string, reviewId: string): Promise<SyncProgress & { verify: boolean }> {
  const local = await getSyncState(id);
  const remote = local ? await client.getLocal<{ session?: string }>(checkpointId(local)) : undefined;
  if (local && remote?.session === local.session) return { ...local, verify: false };
  const fresh = await newSyncState(id, reviewId);
  // The revisions known here are another database's: records go without them (a server that
  // has them after all answers with a conflict, and the join is sent).
  await forgetRecordRevs(reviewId);
  await writeCheckpoint(client, fresh);
  // Starting over with a server that holds data: ask it which events it lacks before sending.
  const { updateSeq } = await client.check();
  return { ...fresh, verify: updateSeq !== 0 && updateSeq !== '0' && !String(updateSeq).startsWith('0-') };
}

// The revision of each checkpoint document as last written, so that a write needs no read first.
const checkpointRevs = new Map<string, string>();

async function writeCheckpoint(client: CouchClient, state: SyncProgress): Promise<void> {
  const id = checkpointId(state);
  const body = { session: state.session, since: state.since, pushedEvents: state.pushedEvents, pushedRecords: state.pushedRecords, at: new Date().toISOString() };
  const key = `${client.where}|${id}`;
  try {
    const known = checkpointRevs.get(key);
    checkpointRevs.set(key, (await client.putLocal(id, { ...body, ...(known ? { _rev: known } : {}) })).rev);
  } catch (error) {
    // Written meanwhile by another replication of this profile (or a wiped server): read, then write.
    const current = await client.getLocal<object>(id);
    checkpointRevs.set(key, (await client.putLocal(id, { ...body, ...(current?._rev ? { _rev: current._rev } : {}) })).rev);
    void error;
  }
}

/**
 * Move this replica's checkpoint: here first (what is stored is stored), then on the server.
 * The server's copy only tells a later start that the server is still the same one, so a
 * failure to write it is not a failure of the exchange (the next checkpoint writes it again),
 * and a push writes it once at its end rather than after every batch.
 */
async function advance(client: CouchClient, state: SyncProgress, patch: Partial<SyncProgress>, remote = true): Promise<void> {
  Object.assign(state, patch);
  await saveSyncState(state.id, patch);
  if (remote) await writeCheckpoint(client, state).catch(() => undefined);
}

type BulkResult = Awaited<ReturnType<CouchClient['bulkDocs']>>[number];

/** Send this review's waiting events; returns how many were sent and whether more wait. */
export async function pushEvents(client: CouchClient, state: SyncProgress & { verify?: boolean }, options: PushOptions = {}): Promise<{ sent: number; more: boolean }> {
  const result = await pipeline(
    (after) => eventsAfter(state.reviewId, after, EVENT_BATCH),
    state.pushedEvents,
    EVENT_BATCH,
    {
      transmit: (batch) => sendEvents(client, state, batch),
      settle: async (_batch, sent, last) => {
        await advance(client, state, { pushedEvents: last }, false);
        return { sent, again: false };
      },
    },
    options,
  );
  if (result.sent) await writeCheckpoint(client, state).catch(() => undefined);
  return result;
}

async function sendEvents(client: CouchClient, state: SyncProgress & { verify?: boolean }, batch: StoredEvent[]): Promise<number> {
  const docs = batch.map(storedEventDoc);
  // Past the checkpoint the server has none of them; after starting over it may have many.
  // Either way an event sent twice is stored once (same id, same content-derived revision,
  // `new_edits: false`): asking first only saves sending what is there.
  let missing = docs;
  if (state.verify) {
    const diff = await client.revsDiff(Object.fromEntries(docs.map((d) => [d._id as string, [d._rev as string]])));
    missing = docs.filter((d) => diff[d._id as string]?.missing?.length);
  }
  if (missing.length) {
    const results = await client.bulkDocs(missing, false);
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`The server did not store ${failed.id}: ${failed.reason ?? failed.error}`);
  }
  return missing.length;
}

/**
 * Send this review's changed records. A record someone else changed meanwhile comes back as
 * a conflict: the server's version is fetched and joined with this one, and the join is sent
 * in a later batch.
 */
export async function pushRecords(client: CouchClient, state: SyncProgress, options: PushOptions = {}): Promise<{ sent: number; more: boolean; invalid: Invalid[] }> {
  const invalid: Invalid[] = [];
  const result = await pipeline(
    // The server's revisions are read with the batch, while the last batch is on its way.
    async (after) => {
      const batch = await recordsAfter(state.reviewId, after, BATCH);
      const known = await recordRevs(
        state.reviewId,
        batch.map((r) => r.key),
      );
      return batch.map((record, i) => ({ seq: record.seq, doc: recordDoc(stripStored(record), known[i]) }));
    },
    state.pushedRecords,
    BATCH,
    {
      transmit: (batch) => client.bulkDocs(batch.map((b) => b.doc)),
      settle: async (batch, results, last) => {
        const settled = await settleRecords(
          client,
          state,
          batch.map((b) => b.doc),
          results,
          invalid,
        );
        await advance(client, state, { pushedRecords: last }, false);
        return settled;
      },
    },
    options,
  );
  if (result.sent) await writeCheckpoint(client, state).catch(() => undefined);
  return { ...result, invalid };
}

/**
 * Record what the server said of a batch of records: their new revisions, and the conflicts
 * joined. A conflict over a document the server does not have (deleted there, or the revision
 * sent is another database's) is no change made meanwhile: the record is sent again as new.
 */
async function settleRecords(
  client: CouchClient,
  state: SyncProgress,
  docs: Record<string, unknown>[],
  results: BulkResult[],
  invalid: Invalid[],
  resent = false,
): Promise<{ sent: number; again: boolean }> {
  const revs = new Map<string, string>();
  const conflicts: string[] = [];
  for (const r of results) {
    const key = r.id.slice(RECORD_PREFIX.length);
    if (r.rev && !r.error) revs.set(key, r.rev);
    else if (r.error === 'conflict') conflicts.push(r.id);
    else throw new Error(`The server did not store ${r.id}: ${r.reason ?? r.error}`);
  }
  await setRecordRevs(state.reviewId, revs);
  if (!conflicts.length) return { sent: revs.size, again: false };
  const theirs: { record: ReviewRecord; rev: string }[] = [];
  const there = new Set<string>();
  for (const doc of await client.allDocs(conflicts)) {
    there.add(String(doc._id));
    const read = readDoc(doc, state.reviewId);
    if (read.kind === 'record') theirs.push(read);
    else if (read.kind === 'invalid') invalid.push(read);
  }
  await storeRecordVersions(
    theirs.map((t) => t.record),
    new Map(theirs.map((t) => [t.record.key, t.rev])),
  );
  const gone = docs.filter((d) => conflicts.includes(d._id as string) && !there.has(d._id as string)).map(({ _rev, ...doc }) => doc);
  if (!gone.length) return { sent: revs.size, again: true };
  if (resent) throw new Error(`The server refused ${gone[0]._id} as a conflict, but does not have it.`);
  const again = await settleRecords(client, state, gone, await client.bulkDocs(gone), invalid, true);
  return { sent: revs.size + again.sent, again: theirs.length > 0 || again.again };
}

/**
 * Receive one batch of changes from the server (waiting for one when `longpoll`): every
 * document is checked first; valid ones are stored in one transaction, invalid ones reported
 * and remembered, to be fetched again after Saring is updated.
 */
export async function pull(
  client: CouchClient,
  state: SyncProgress,
  options: { longpoll?: boolean; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<{ events: number; records: number; invalid: Invalid[]; more: boolean; idle?: boolean }> {
  const retried = await retrySkipped(client, state);
  if (retried) await advance(client, state, { ...retried.patch, pushedEvents: retried.caughtUp }, false);
  const before = { events: retried?.events ?? 0, records: retried?.records ?? 0, invalid: retried?.invalid ?? [] };
  let res: Awaited<ReturnType<CouchClient['changes']>>;
  try {
    res = await client.changes(state.since, { limit: BATCH, longpoll: options.longpoll, signal: options.signal, timeoutMs: options.timeoutMs });
  } catch (error) {
    // A long poll that outlives its wait is a quiet feed (PouchDB Server never ends one by
    // itself): no changes, not a failure. The engine checks that the server is there.
    if (options.longpoll && error instanceof CouchError && error.problem === 'timeout') return { ...before, more: false, idle: true };
    throw error;
  }
  const stored = await storeReceived(
    state,
    res.results.map((change) => change.doc),
  );
  const skipped = stored.invalid.length ? skippedWith(state, stored.invalid) : {};
  await advance(client, state, { since: String(res.last_seq), pushedEvents: stored.caughtUp, ...skipped });
  return {
    events: before.events + stored.events,
    records: before.records + stored.records,
    invalid: [...before.invalid, ...stored.invalid],
    more: res.results.length === BATCH,
  };
}

/** Changes of this review that wait to be sent to the server. */
export async function waiting(state: SyncProgress): Promise<number> {
  return countWaiting(state.reviewId, state);
}
