import Dexie from 'dexie';
import { z } from 'zod';
import { ReviewEventSchema, ReviewRecordSchema, ReviewSchema, type ReviewEvent, type ReviewRecord } from '../model';
import { db, plainEvent, type StoredEvent } from './schema';
import { EVENT_TABLES, localReviewer, storeEvents, unpackEvents } from './events';
import { localVersions, storeRecordVersions, stripStored } from './records';
import { everyRecord, lastRecordSeq, recordTables } from './record-store';
import { LegacyDecisionSchema, LegacyMergeSchema, LegacyRecordSchema, LegacySearchSchema, backupAuthor, legacyToEvents, readLegacy } from './legacy';

export const BACKUP_FORMAT = 'saring-backup';
/** Raise when the file's shape changes; restore refuses files newer than it can read. */
export const BACKUP_VERSION = 2;

const SettingRow = z.object({ key: z.string().max(100), value: z.unknown() });

/** Format 2 (schema 4 on): the records and every event; the state is folded from them. */
const BackupV2Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.string(),
  reviews: z.array(ReviewSchema),
  records: z.array(ReviewRecordSchema),
  events: z.array(ReviewEventSchema),
  /**
   * Teammates' events from a newer Saring as the server holds them (lib/db/schema.ts AsReceived):
   * restored with them, they go back to the server as they came, never as a stripped second
   * version. Absent from backups of earlier releases; an earlier release reading this file skips it.
   */
  received: z.array(z.object({ id: z.string().min(8).max(64), rev: z.string().min(1).max(200), event: z.record(z.string(), z.unknown()) })).default([]),
  settings: z.array(SettingRow),
});

/** Format 1 (before team screening): current state, with decisions and searches in tables. */
const BackupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  reviews: z.array(ReviewSchema),
  records: z.array(LegacyRecordSchema),
  decisions: z.array(LegacyDecisionSchema),
  searches: z.array(LegacySearchSchema),
  settings: z.array(SettingRow),
  merges: z.array(LegacyMergeSchema).default([]),
  separations: z.array(z.object({ reviewId: z.string(), pair: z.string(), at: z.number() })).default([]),
});

export type Backup = z.infer<typeof BackupV2Schema> | z.infer<typeof BackupV1Schema>;

/** A backup file that cannot be restored; the message says what is wrong with it. */
/** What is wrong with a backup file: the view says it in the reviewer's language, `args` in it. */
export type BackupProblem = 'notJson' | 'notBackup' | 'newer' | 'damaged';

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    readonly args: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/**
 * Settings that belong to this browser alone and never go into a file: the logical clock
 * (kept by the events themselves). Team sync credentials are not in the database at all.
 */
const LOCAL_ONLY = new Set(['clock']);

/** Everything Saring keeps: all reviews, records, every event, settings. */
export async function exportBackup(now = new Date()): Promise<Backup> {
  const d = db();
  return d.transaction('r', [d.reviews, ...recordTables(d), d.events, d.settings], async () => ({
    format: BACKUP_FORMAT,
    version: 2 as const,
    exportedAt: now.toISOString(),
    reviews: await d.reviews.toArray(),
    records: (await everyRecord(d)).map(stripStored),
    ...eventsAndReceived(await d.events.orderBy('seq').toArray()),
    settings: (await d.settings.toArray()).filter((s) => !LOCAL_ONLY.has(s.key)),
  }));
}

function eventsAndReceived(stored: StoredEvent[]) {
  return {
    events: stored.map(plainEvent),
    received: stored.flatMap((e) => (e.asReceived ? [{ id: e.id, ...e.asReceived }] : [])),
  };
}

/** Read and check a backup file's text before anything is written. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError('notJson', [(error as Error).message], `This file is not a Saring backup: it is not valid JSON (is it cut short?) — ${(error as Error).message}`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    throw new BackupError('notBackup', [], 'This file is not a Saring backup (it has no "format": "saring-backup").');
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new BackupError(
      'newer',
      [head.version, BACKUP_VERSION],
      `This backup was made by a newer Saring (backup format ${head.version}); this version reads format ${BACKUP_VERSION}. Update Saring, then restore.`,
    );
  }
  const parsed = (head.version === 1 ? BackupV1Schema : BackupV2Schema).safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new BackupError('damaged', [`${issues.join('; ')}${more}`], `This backup is damaged and was not restored: ${issues.join('; ')}${more}.`);
  }
  return parsed.data;
}

export interface RestoreSummary {
  reviews: { added: number; updated: number; kept: number };
  records: { added: number; merged: number };
  decisions: { added: number; alreadyPresent: number };
  searches: { added: number };
  /** The backup's active review, now this profile's: the dashboard opens it. */
  opened?: string;
}

/**
 * Restore a backup into this profile, empty or not, in one transaction: either everything
 * is merged or nothing changes. Nothing is dropped: events are added (those already here are
 * skipped, so the later decision is the current one wherever it was made), records are
 * joined with the ones here. A format-1 file is turned into events first.
 */
export async function restoreBackup(backup: Backup): Promise<RestoreSummary> {
  const d = db();
  return d.transaction('rw', [...recordTables(d), d.revs, ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    const { events, records } = await contentOf(backup);
    const before = new Map((await d.reviews.toArray()).map((r) => [r.id, r.updatedAt]));
    const active = (await d.settings.get('activeReviewId'))?.value;
    const localRecords = await localVersions(records);
    const received = backup.version === 2 ? new Map(backup.received.map(({ id, ...copy }) => [id, copy])) : undefined;
    const stored = await storeEvents(events, received);
    await storeRecordVersions(records);
    // A review new to this profile keeps the backup's creation date and archive flag (both
    // local matters, not events); its protocol is the one folded from the events.
    for (const review of backup.reviews) {
      const local = await d.reviews.get(review.id);
      if (local && !before.has(review.id)) await d.reviews.put({ ...local, archived: review.archived, createdAt: review.createdAt });
    }
    let opened: string | undefined;
    for (const setting of backup.settings) {
      if (LOCAL_ONLY.has(setting.key)) continue;
      const local = await d.settings.get(setting.key);
      if (setting.key === 'activeReviewId') {
        // A review archived here stays so (a local choice): made active, the dashboard would not
        // open it (getActiveReview passes archived ones by) while the summary said it did.
        const review = await d.reviews.get(String(setting.value));
        if (!review || review.archived || !(await mayOpen(local?.value))) continue;
        opened = String(setting.value);
      } else if (local) continue;
      await d.settings.put(setting);
    }
    const after = await d.reviews.toArray();
    const decisions = unpackEvents(events as ReviewEvent[]).filter((e) => e.kind === 'decision').length;
    const addedDecisions = unpackEvents(stored.added).filter((e) => e.kind === 'decision').length;
    return {
      reviews: {
        added: after.filter((r) => !before.has(r.id)).length,
        updated: after.filter((r) => before.has(r.id) && r.updatedAt > before.get(r.id)!).length,
        kept: backup.reviews.filter((r) => before.has(r.id) && after.find((a) => a.id === r.id)?.updatedAt === before.get(r.id)).length,
      },
      records: { added: localRecords.filter((r) => !r).length, merged: localRecords.filter(Boolean).length },
      decisions: { added: addedDecisions, alreadyPresent: decisions - addedDecisions },
      searches: { added: stored.added.filter((e) => e.kind === 'search').length },
      ...(opened && opened !== active ? { opened } : {}),
    };
  });
}

/**
 * Whether the restore may open the backup's active review in place of this profile's: none is
 * active, or the active one is still as it was made — no records, and no event but the protocol
 * it was made with: on a new computer, the empty "My review" that the first visit made, which would
 * leave the restored review unseen behind a dashboard of 0 records. A review set up here (its
 * protocol edited, a search logged) stays active.
 */
async function mayOpen(active: unknown): Promise<boolean> {
  if (typeof active !== 'string') return true;
  const d = db();
  const events = await d.events.where('[reviewId+seq]').between([active, Dexie.minKey], [active, Dexie.maxKey]).count();
  return events <= 1 && (await lastRecordSeq(d, active)) === 0;
}

async function contentOf(backup: Backup): Promise<{ events: ReviewEvent[]; records: ReviewRecord[] }> {
  if (backup.version === 2) return { events: backup.events, records: backup.records };
  const { data } = readLegacy({ ...backup });
  return legacyToEvents(data, backupAuthor(await localReviewer()));
}
