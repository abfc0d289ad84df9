import { z } from 'zod';
import { ReviewEventSchema, ReviewRecordSchema, ReviewerSchema } from '../model';
import { db, plainEvent } from './schema';
import { allRecords, recordTables } from './record-store';
import { EVENT_TABLES, localReviewer, storeEvents, storedEvents, unpackEvents } from './events';
import { storeRecordVersions, stripStored } from './records';

// "Share my decisions": for teams without a server. One reviewer's events of one review in a
// file (with the protocol and the records they are about), which a colleague imports. Events
// keep their ids, so importing a file twice, or a file that overlaps another, adds nothing new.

export const SHARE_FORMAT = 'saring-events';
export const SHARE_VERSION = 1;

const ShareSchema = z.object({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(SHARE_VERSION),
  exportedAt: z.string(),
  reviewId: z.string().min(1).max(100),
  reviewer: ReviewerSchema,
  events: z.array(ReviewEventSchema).max(1_000_000),
  records: z.array(ReviewRecordSchema).max(1_000_000),
});
export type ShareFile = z.infer<typeof ShareSchema>;

/** What is wrong with a shared file, for the page to say in the reviewer's language (ShareView, `share<Problem>` keys). */
export type ShareProblem = 'notJson' | 'notShared' | 'newer' | 'damaged' | 'mixed';

export class ShareError extends Error {
  override name = 'ShareError';
  constructor(
    readonly problem: ShareProblem,
    /** The values its words take: the JSON error, the file's format version, the damaged fields. */
    readonly args: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** This reviewer's events of a review, the protocol's versions and the records they are about. */
export async function exportMyEvents(reviewId: string, now = new Date()): Promise<ShareFile> {
  const me = await localReviewer();
  return db().transaction('r', [db().events, ...recordTables(db())], async () => {
    // The events as stored (a bulk change stays one packed event); the records they are about as read.
    const all = await storedEvents(reviewId);
    const events = all.filter((e) => e.by.id === me.id || e.kind === 'protocol').map(plainEvent);
    const keys = new Set<string>();
    for (const e of unpackEvents(events)) {
      if (e.kind === 'decision' || e.kind === 'resolution' || e.kind === 'record-edit') keys.add(e.subject);
      if (e.kind === 'merge') [e.payload.target, ...e.payload.keys].forEach((k) => keys.add(k));
    }
    const records = (await allRecords(db(), reviewId)).filter((r) => keys.has(r.key)).map(stripStored);
    return { format: SHARE_FORMAT, version: SHARE_VERSION, exportedAt: now.toISOString(), reviewId, reviewer: me, events, records };
  });
}

/** Read and check a shared file before anything is written. */
export function parseShareFile(text: string): ShareFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    throw new ShareError('notJson', [why], `This file is not a file of shared decisions: it is not valid JSON (is it cut short?) — ${why}`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== SHARE_FORMAT) {
    throw new ShareError(
      'notShared',
      [],
      `This file is not a file of shared decisions (it has no "format": "${SHARE_FORMAT}"). A full backup is restored under Settings → Backup.`,
    );
  }
  if (typeof head.version === 'number' && head.version > SHARE_VERSION)
    throw new ShareError('newer', [head.version], `This file was made by a newer Saring (format ${head.version}). Update Saring, then import it.`);
  const parsed = ShareSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new ShareError('damaged', [issues.join('; ')], `This file is damaged and was not imported: ${issues.join('; ')}.`);
  }
  if (parsed.data.events.some((e) => e.reviewId !== parsed.data.reviewId) || parsed.data.records.some((r) => r.reviewId !== parsed.data.reviewId)) {
    throw new ShareError('mixed', [], 'This file mixes several reviews and was not imported.');
  }
  return parsed.data;
}

/** Import a colleague's shared file: events added once, records joined; all or nothing. */
export async function importShareFile(file: ShareFile): Promise<{ added: number; alreadyPresent: number; reviewer: string }> {
  const d = db();
  return d.transaction('rw', [...recordTables(d), d.revs, ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    await storeRecordVersions(file.records);
    const { added, present } = await storeEvents(file.events);
    return { added: added.length, alreadyPresent: present, reviewer: file.reviewer.name };
  });
}
