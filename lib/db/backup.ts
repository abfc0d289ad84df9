import { z } from 'zod';
import {
  DecisionSchema,
  ReviewRecordSchema,
  ReviewSchema,
  SearchEventSchema,
  type Decision,
  type ReviewRecord,
  type SearchEvent,
} from '../model';
import { db, type StoredRecord } from './schema';
import { mergeArticle, recordMatchKeys } from './records';

export const BACKUP_FORMAT = 'saring-backup';
/** Raise when the file's shape changes; restore refuses files newer than it can read. */
export const BACKUP_VERSION = 1;

const StoredRecordSchema = ReviewRecordSchema.extend({ matchKeys: z.array(z.string()) });
const MergeLogSchema = z.object({
  id: z.number().int().positive().optional(),
  reviewId: z.string(),
  target: StoredRecordSchema,
  merged: z.array(StoredRecordSchema),
  moved: z.array(z.object({ id: z.number().int(), key: z.string() })),
  at: z.number(),
  undoneAt: z.number().optional(),
});

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  reviews: z.array(ReviewSchema),
  records: z.array(ReviewRecordSchema),
  decisions: z.array(DecisionSchema),
  searches: z.array(SearchEventSchema),
  settings: z.array(z.object({ key: z.string().max(100), value: z.unknown() })),
  merges: z.array(MergeLogSchema).default([]),
  separations: z.array(z.object({ reviewId: z.string(), pair: z.string(), at: z.number() })).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;

/** A backup file that cannot be restored; the message says what is wrong with it. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Everything Saring keeps: all reviews, records, decisions with their history, searches, settings. */
export async function exportBackup(now = new Date()): Promise<Backup> {
  const d = db();
  return d.transaction('r', [d.reviews, d.records, d.decisions, d.searches, d.settings, d.merges, d.separations], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    reviews: await d.reviews.toArray(),
    records: (await d.records.toArray()).map(({ matchKeys: _index, ...record }) => record),
    decisions: await d.decisions.toArray(),
    searches: await d.searches.toArray(),
    settings: await d.settings.toArray(),
    merges: await d.merges.toArray(),
    separations: await d.separations.toArray(),
  }));
}

/** Read and check a backup file's text before anything is written. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`This file is not a Saring backup: it is not valid JSON (is it cut short?) — ${(error as Error).message}`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not a Saring backup (it has no "format": "saring-backup").');
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer Saring (backup format ${head.version}); this version reads format ${BACKUP_VERSION}. Update Saring, then restore.`,
    );
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new BackupError(`This backup is damaged and was not restored: ${issues.join('; ')}${more}.`);
  }
  return parsed.data;
}

export interface RestoreSummary {
  reviews: { added: number; updated: number; kept: number };
  records: { added: number; merged: number };
  decisions: { added: number; alreadyPresent: number };
  searches: { added: number; merged: number };
  /** Merge logs left out because their decisions could not be matched again (those merges stay, without undo). */
  mergesWithoutUndo: number;
}

const decisionIdentity = (d: Decision) =>
  JSON.stringify([d.reviewId, d.key, d.stage, d.decidedAt, d.decision, d.reason ?? null, d.note ?? null, d.reviewer, d.answers, d.retrieved ?? null, d.automatic ?? null]);
const searchIdentity = (s: SearchEvent) => JSON.stringify([s.reviewId, s.origin, s.database, s.query, s.filters, s.at]);

function mergeSources(a: ReviewRecord['sources'], b: ReviewRecord['sources']): ReviewRecord['sources'] {
  const seen = new Set(a.map((s) => JSON.stringify([s.database, s.url, s.searchId, s.fileName])));
  return [...a, ...b.filter((s) => !seen.has(JSON.stringify([s.database, s.url, s.searchId, s.fileName])))];
}

/**
 * Restore a backup into this profile, empty or not, in one transaction: either everything
 * is merged or nothing changes. Nothing is dropped: every decision event is kept (the later
 * decision is therefore the current one), records merge their sources, reviews keep the
 * later edit, searches merge their pages.
 */
export async function restoreBackup(backup: Backup): Promise<RestoreSummary> {
  const d = db();
  const summary: RestoreSummary = {
    reviews: { added: 0, updated: 0, kept: 0 },
    records: { added: 0, merged: 0 },
    decisions: { added: 0, alreadyPresent: 0 },
    searches: { added: 0, merged: 0 },
    mergesWithoutUndo: 0,
  };
  await d.transaction('rw', [d.reviews, d.records, d.decisions, d.searches, d.settings, d.merges, d.separations], async () => {
    for (const review of backup.reviews) {
      const local = await d.reviews.get(review.id);
      if (!local) summary.reviews.added++;
      else if (review.updatedAt > local.updatedAt) summary.reviews.updated++;
      else {
        summary.reviews.kept++;
        continue;
      }
      await d.reviews.put(review);
    }

    // Searches first: records point at them by id, and a clashing id gets a new one.
    const searchIds = new Map<number, number>();
    const localSearches = await d.searches.where('reviewId').anyOf([...new Set(backup.searches.map((s) => s.reviewId))]).toArray();
    const byIdentity = new Map(localSearches.map((s) => [searchIdentity(s), s]));
    for (const search of backup.searches) {
      const local = byIdentity.get(searchIdentity(search));
      if (local) {
        summary.searches.merged++;
        await d.searches.put({
          ...local,
          pages: [...new Set([...local.pages, ...search.pages])].sort((a, b) => a - b),
          lastAt: Math.max(local.lastAt ?? local.at, search.lastAt ?? search.at),
        });
        if (search.id !== undefined) searchIds.set(search.id, local.id!);
      } else {
        summary.searches.added++;
        const clash = search.id !== undefined && (await d.searches.get(search.id));
        const id = await d.searches.add(clash ? { ...search, id: undefined } : search);
        if (search.id !== undefined) searchIds.set(search.id, id);
      }
    }

    const incoming = backup.records.map((r) => ({
      ...r,
      sources: r.sources.map((s) => (s.searchId !== undefined && searchIds.has(s.searchId) ? { ...s, searchId: searchIds.get(s.searchId) } : s)),
    }));
    const locals = await d.records.bulkGet(incoming.map((r) => [r.reviewId, r.key] as [string, string]));
    const records: StoredRecord[] = incoming.map((record, i) => {
      const local = locals[i];
      let merged: ReviewRecord = record;
      if (local) {
        summary.records.merged++;
        const later = record.updatedAt > local.updatedAt ? record : local;
        merged = {
          ...local,
          article: mergeArticle(later === record ? record.article : local.article, later === record ? local.article : record.article),
          sources: mergeSources(local.sources, record.sources),
          aliases: [...new Set([...local.aliases, ...record.aliases])],
          evidence: later.evidence ?? local.evidence ?? record.evidence,
          addedAt: Math.min(local.addedAt, record.addedAt),
          updatedAt: Math.max(local.updatedAt, record.updatedAt),
        };
      } else summary.records.added++;
      return { ...merged, matchKeys: recordMatchKeys(merged.reviewId, merged.key, merged.aliases, merged.article) };
    });
    await d.records.bulkPut(records);

    const reviewIds = [...new Set(backup.decisions.map((x) => x.reviewId))];
    const presentById = new Map((await d.decisions.where('reviewId').anyOf(reviewIds).toArray()).map((x) => [decisionIdentity(x), x.id!]));
    // Where each decision of the backup now lives: merge logs name decisions by id.
    const decisionIds = new Map<number, number>();
    const fresh = backup.decisions.filter((x) => {
      const local = presentById.get(decisionIdentity(x));
      if (local !== undefined) {
        summary.decisions.alreadyPresent++;
        if (x.id !== undefined) decisionIds.set(x.id, local);
      }
      return local === undefined;
    });
    // Keep the backup's ids where they are free, so a restore into an empty profile is exact.
    const taken = new Set((await d.decisions.bulkGet(fresh.map((x) => x.id!).filter(Boolean))).filter(Boolean).map((x) => x!.id));
    const newIds = await d.decisions.bulkAdd(
      fresh.map((x) => (x.id !== undefined && !taken.has(x.id) ? x : { ...x, id: undefined })),
      { allKeys: true },
    );
    fresh.forEach((x, i) => x.id !== undefined && decisionIds.set(x.id, newIds[i]));
    summary.decisions.added = fresh.length;

    // Merge logs keep undo possible; a log already here (same review, time and target) is
    // skipped, and one whose decisions cannot all be found again is not restored (its undo
    // would move the wrong decisions).
    const localMerges = new Set((await d.merges.toArray()).map((m) => `${m.reviewId}|${m.at}|${m.target.key}`));
    const remapSources = (r: StoredRecord): StoredRecord => ({
      ...r,
      sources: r.sources.map((x) => (x.searchId !== undefined && searchIds.has(x.searchId) ? { ...x, searchId: searchIds.get(x.searchId) } : x)),
    });
    for (const merge of backup.merges) {
      if (localMerges.has(`${merge.reviewId}|${merge.at}|${merge.target.key}`)) continue;
      if (!merge.moved.every((m) => decisionIds.has(m.id))) {
        summary.mergesWithoutUndo++;
        continue;
      }
      const restored = {
        ...merge,
        target: remapSources(merge.target),
        merged: merge.merged.map(remapSources),
        moved: merge.moved.map((m) => ({ ...m, id: decisionIds.get(m.id)! })),
      };
      const clash = merge.id !== undefined && (await d.merges.get(merge.id));
      await d.merges.add(clash ? { ...restored, id: undefined } : restored);
    }
    await d.separations.bulkPut(backup.separations);

    for (const setting of backup.settings) {
      const local = await d.settings.get(setting.key);
      const usable = setting.key !== 'activeReviewId' || (await d.reviews.get(String(setting.value)));
      if (!local && usable) await d.settings.put(setting);
    }
  });
  return summary;
}
