import Dexie, { type Collection, type Table, type Transaction } from 'dexie';
import type { Decision, Review, ReviewRecord, SearchEvent } from '../model';

export const DB_NAME = 'saring';

/** A record as stored: the model plus the index entries it can be found by. */
export interface StoredRecord extends ReviewRecord {
  /** `${reviewId}|${matchKey}` for the record's key, aliases, DOI, PMID and title + year. */
  matchKeys: string[];
}

/** One merge of duplicate records, kept so that it can be undone exactly. */
export interface MergeLog {
  id?: number;
  reviewId: string;
  /** The record that absorbed the others, as it was before the merge. */
  target: StoredRecord;
  /** The records merged into it, as they were. */
  merged: StoredRecord[];
  /** Decision events moved to the target: their ids and the keys they had. */
  moved: { id: number; key: string }[];
  at: number;
  /** Set when the merge was undone. */
  undoneAt?: number;
}

/** Two records the reviewer decided are different studies (never offered as likely duplicates again). */
export interface Separation {
  reviewId: string;
  /** The two record keys, sorted and joined with a newline. */
  pair: string;
  at: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * Every schema version, oldest first. Index only what is queried:
 * - records by [reviewId+key] (primary; a review's records are a range of it) and by
 *   matchKeys (seen again?);
 * - decisions by [reviewId+key] (history of one record) and reviewId (all current decisions);
 * - searches by reviewId.
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
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export class SaringDB extends Dexie {
  reviews!: Table<Review, string>;
  records!: Table<StoredRecord, [string, string]>;
  decisions!: Table<Decision, number>;
  searches!: Table<SearchEvent, number>;
  settings!: Table<Setting, string>;
  merges!: Table<MergeLog, number>;
  separations!: Table<Separation, [string, string]>;

  /** `upTo` opens an older schema: only the migration tests use it. */
  constructor(name = DB_NAME, upTo = LATEST_VERSION) {
    super(name);
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/** All records of one review, by a range of the primary key. */
export function recordsOf(database: SaringDB, reviewId: string): Collection<StoredRecord, [string, string]> {
  return database.records.where('[reviewId+key]').between([reviewId, Dexie.minKey], [reviewId, Dexie.maxKey]);
}

let instance: SaringDB | undefined;

/** The one database of this extension origin. */
export function db(): SaringDB {
  instance ??= new SaringDB();
  return instance;
}

/** Tests: drop the cached connection so the next call opens afresh. */
export async function resetDbForTests(): Promise<void> {
  if (instance) {
    instance.close();
    await Dexie.delete(instance.name);
  }
  instance = undefined;
}
