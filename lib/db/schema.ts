import Dexie, { type Collection, type Table, type Transaction } from 'dexie';
import type { Review, ReviewEvent, ReviewRecord } from '../model';
import type { FirstScreen } from '../review/first-screen';
import { upgradeToEvents } from './upgrade-to-events';
import { packHashes } from './match';
import { FOLDING_11, LONG_TITLES_12, rekeyTitles } from './rekey';

export const DB_NAME = 'saring';

/** A record as stored: the model plus what the database and sync keep beside it. */
export interface StoredRecord extends ReviewRecord {
  /** `${reviewId}|${matchKey}` for the record's key, aliases, DOI, PMID and title + year. */
  matchKeys: string[];
  /** Local change counter: records changed here since the last push have a higher one. */
  seq?: number;
}

/** Records created together by an import, stored as one row (lib/db/record-store.ts). */
export interface RecordPack {
  reviewId: string;
  /** Numbered per review, from 1. */
  id: number;
  /** The highest change number of its records. */
  seq: number;
  /** The numbers of every match key of its records (lib/db/match.ts `matchHash`). */
  hashes: number[];
  records: StoredRecord[];
}

/** How many times a review's records were written (lib/db/record-store.ts `putRecords`): part of its change mark. */
export interface RecordWrites {
  reviewId: string;
  writes: number;
  /**
   * The keys each of the latest small writes stored, newest last (lib/db/record-store.ts
   * `logWrite`): what a saved first screen needs to catch up without reading the whole review.
   */
  touched?: WriteLog[];
  /** Every write numbered above this one is in `touched` (absent: none before this field existed). */
  listedAfter?: number;
}

/** The keys one write stored: `created` ones were new to the review. */
export interface WriteLog {
  write: number;
  created: string[];
  changed: string[];
}

/** The revision a record has on the team's server, as last sent or received (kept apart from the record: writing it is cheap). */
export interface ServerRev {
  reviewId: string;
  key: string;
  rev: string;
}

/**
 * A teammate's event as the server holds it, kept when this Saring reads it otherwise: a newer
 * Saring's event carries fields this one drops (Budi's decision with a `confidence`), so the
 * stripped copy has another content-derived revision. Sent on, it would be a second version of
 * one event on the server (a conflict); this copy is what goes back instead.
 */
export interface AsReceived {
  rev: string;
  event: Record<string, unknown>;
}

/** An event as stored: in the order this replica learnt of it (`seq`), for sending on. */
export type StoredEvent = ReviewEvent & { seq: number; asReceived?: AsReceived };

/** An event as Saring reads it, without what only this replica keeps of it (backups, shared files). */
export function plainEvent({ seq: _seq, asReceived: _received, ...event }: StoredEvent): ReviewEvent {
  return event as ReviewEvent;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** How far replication with one server got (per review and server database). */
export interface SyncState {
  id: string;
  /** Highest event / record `seq` sent to the server. */
  pushedEvents: number;
  pushedRecords: number;
  /** The server's `_changes` sequence received up to. */
  since: string;
  /** Ids of documents the pull skipped as not valid (lib/sync/receive.ts), to fetch again after an update. */
  skipped?: string[];
  /** The version of Saring that skipped them. */
  skippedBy?: string;
}

/** The reviewer of this profile, created the first time anything is written. */
export const REVIEWER_SETTING = 'reviewer';

/**
 * Every schema version, oldest first. Index only what is queried:
 * - records by [reviewId+key] (primary; a review's records are a range of it), by matchKeys
 *   (seen again?) and by [reviewId+seq] (changed since the last push);
 * - events by id (primary: sync skips what it has), seq (this replica's order), [reviewId+seq]
 *   (not yet pushed) and [reviewId+subject] (one record's history; a review's events are a
 *   range of it).
 * To change the schema, append a version here (never edit an old one) and add a step to
 * tests/db/migrations.test.ts that fills the previous version and checks the upgrade.
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      reviews: 'id',
      records: '[reviewId+key], reviewId, *matchKeys',
      decisions: '++id, [reviewId+key], reviewId',
      searches: '++id, reviewId',
      settings: 'key',
    },
  },
  {
    // Duplicate handling: merges (for undo) and pairs kept apart.
    version: 2,
    stores: {
      merges: '++id, reviewId',
      separations: '[reviewId+pair], reviewId',
    },
  },
  {
    // Records of a review are read by a range of the primary key [reviewId+key]: a separate
    // reviewId index only slowed every write (a fifth of the time of a 10,000-record import).
    version: 3,
    stores: {
      records: '[reviewId+key], *matchKeys',
    },
  },
  {
    // Events (team screening): every change is an event; records are no longer merged in
    // place. The old tables stay readable for this upgrade and go in version 5.
    version: 4,
    stores: {
      events: 'id, seq, [reviewId+subject]',
      records: '[reviewId+key], *matchKeys, seq',
      sync: 'id',
      revs: '[reviewId+key]',
    },
    upgrade: upgradeToEvents,
  },
  {
    version: 5,
    stores: { decisions: null, searches: null, merges: null, separations: null },
  },
  {
    // What waits to be sent to a team server is a range of [reviewId+seq]: read with one
    // getAll instead of a cursor stepping over every other review's rows (a push of 5,000
    // records read them at a quarter of a millisecond each). Record change numbers count per
    // review from here on, so the plain seq index of records goes (no write pays for more).
    version: 6,
    stores: {
      events: 'id, seq, [reviewId+subject], [reviewId+seq]',
      records: '[reviewId+key], *matchKeys, [reviewId+seq]',
    },
  },
  {
    // The dashboard's first screen of each review (lib/review/first-screen.ts): derived from
    // the records and events, replaced after every full read, never backed up or synced.
    version: 7,
    stores: { screens: 'reviewId' },
  },
  {
    // Records an import creates are stored packed, up to 100 (and ~48 KB) a row (lib/db/record-store.ts):
    // IndexedDB's cost is per object written, so a 10,000-record import wrote for a second and
    // a half. Records already stored stay rows; nothing needs to move.
    version: 8,
    stores: { packs: '[reviewId+id], *matchKeys, [reviewId+seq]' },
  },
  {
    // Packs are found by the numbers of their match keys, not the keys: an index entry costs
    // by its length, and title keys are long (a 10,000-record import spent a third of its time
    // writing them). Each pack's numbers are worked out from its records' own match keys.
    version: 9,
    stores: { packs: '[reviewId+id], *hashes, [reviewId+seq]' },
    upgrade: async (tx) => {
      await tx
        .table('packs')
        .toCollection()
        .modify((pack: RecordPack & { matchKeys?: string[] }) => {
          pack.hashes = packHashes(pack.records);
          delete pack.matchKeys;
        });
    },
  },
  {
    // A review's change mark counted its record rows and packs, which IndexedDB does one by
    // one (120 ms for 50,000 rows: most of the dashboard's first screen), and missed a record
    // a team server changed in place. Every write of records now counts on in `marks`, in its
    // transaction. Nothing to move: a review without a count has 0, so marks saved before
    // differ and are taken again.
    version: 10,
    stores: { marks: 'reviewId' },
  },
  {
    // Title folding keeps "<32 weeks and >1500 g" and the signs of "HER2+"/"HER2−" (which it
    // dropped, folding different studies alike): the records with such titles are re-keyed.
    version: 11,
    stores: {},
    upgrade: (tx) => rekeyTitles(tx, FOLDING_11),
  },
  {
    // A title Scholar cut short is found by a long title's first or last words (lib/dedup/cut.ts).
    version: 12,
    stores: {},
    upgrade: (tx) => rekeyTitles(tx, LONG_TITLES_12),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export class SaringDB extends Dexie {
  reviews!: Table<Review, string>;
  records!: Table<StoredRecord, [string, string]>;
  events!: Table<StoredEvent, string>;
  settings!: Table<Setting, string>;
  sync!: Table<SyncState, string>;
  revs!: Table<ServerRev, [string, string]>;
  screens!: Table<FirstScreen, string>;
  packs!: Table<RecordPack, [string, number]>;
  marks!: Table<RecordWrites, string>;

  /** `upTo` opens an older schema: only the migration tests use it. */
  constructor(name = DB_NAME, upTo = LATEST_VERSION) {
    // Nothing here uses liveQuery: its cache and its tracking of every key a write touches
    // (each index entry of a 500-record pack) would only slow writes down.
    super(name, { cache: 'disabled' });
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/** All events of one review, by a range of the [reviewId+subject] index. */
export function eventsOf(database: SaringDB, reviewId: string): Collection<StoredEvent, string> {
  return database.events.where('[reviewId+subject]').between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey]);
}

/** One review's events or records in the order this replica changed them, by [reviewId+seq]. */
export function bySeq<T, K>(table: Table<T, K>, reviewId: string, after = 0) {
  return table.where('[reviewId+seq]').between([reviewId, after], [reviewId, Dexie.maxKey], false, true);
}

let instance: SaringDB | undefined;
const others = new Map<string, SaringDB>();

/** The one database of this extension origin. */
export function db(): SaringDB {
  instance ??= new SaringDB();
  return instance;
}

/**
 * Tests of team screening: act as another browser profile (another database) until the next
 * call. Each profile keeps its own connection; `DB_NAME` is this profile's.
 */
export function selectProfileForTests(name: string): void {
  if (instance) others.set(instance.name, instance);
  instance = others.get(name) ?? new SaringDB(name);
}

/** Tests: drop the cached connection so the next call opens afresh. */
export async function resetDbForTests(): Promise<void> {
  if (instance) others.set(instance.name, instance);
  for (const other of others.values()) {
    other.close();
    await Dexie.delete(other.name);
  }
  others.clear();
  instance = undefined;
}
