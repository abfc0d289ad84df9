import { z } from 'zod';
import { ReviewRecordSchema, ReviewSchema, protocolOf, type Review, type ReviewEvent, type ReviewRecord, type Reviewer, type ReviewerRef } from '../model';
import { shortHash } from '../review/searches';

// Saring before schema 4 stored the current state (decisions with a mutable key, searches
// with numeric ids, merges that folded records together) instead of events. This file turns
// such data — a database being upgraded, or a backup file of format 1 — into events and
// unmerged records. Ids are derived from the content, so converting the same data twice
// (an old backup restored after the upgrade) gives the same events, which are then skipped.

export const LegacyDecisionSchema = z.object({
  id: z.number().int().positive().optional(),
  reviewId: z.string().min(1).max(100),
  key: z.string().min(1).max(2_100),
  stage: z.enum(['screening', 'full-text']).default('screening'),
  answers: z.record(z.string(), z.enum(['met', 'not met', 'unclear'])).default({}),
  decision: z.enum(['include', 'exclude', 'maybe']),
  reason: z.string().trim().max(200).optional(),
  note: z.string().max(5_000).optional(),
  reviewer: z.string().trim().max(200).default(''),
  decidedAt: z.number().int().positive(),
  retrieved: z.boolean().optional(),
  automatic: z.boolean().optional(),
  mergedFrom: z.string().max(2_100).optional(),
});
export type LegacyDecision = z.infer<typeof LegacyDecisionSchema>;

export const LegacySearchSchema = z.object({
  id: z.number().int().positive().optional(),
  reviewId: z.string().min(1).max(100),
  database: z.string().trim().min(1).max(200),
  query: z.string().max(10_000),
  url: z.string().max(4_000).default(''),
  filters: z.record(z.string().max(100), z.string().max(1_000)).default({}),
  totalResults: z.number().int().min(0).optional(),
  pages: z.array(z.number().int().min(1)).max(10_000).default([]),
  at: z.number().int().positive(),
  lastAt: z.number().int().positive().optional(),
  origin: z.enum(['web', 'import', 'manual']).default('web'),
  counted: z.boolean().default(true),
  fileName: z.string().max(500).optional(),
  recordCount: z.number().int().min(0).optional(),
  note: z.string().max(2_000).optional(),
});
export type LegacySearch = z.infer<typeof LegacySearchSchema>;

/** A legacy record: its sources point at searches by number. */
export const LegacyRecordSchema = ReviewRecordSchema.extend({
  sources: z.array(ReviewRecordSchema.shape.sources.element.extend({ searchId: z.union([z.number().int().positive(), z.string().min(1).max(200)]).optional() })).max(10_000),
});
export type LegacyRecord = z.infer<typeof LegacyRecordSchema>;

const LegacyStored = LegacyRecordSchema.extend({ matchKeys: z.array(z.string()).optional() });
export const LegacyMergeSchema = z.object({
  id: z.number().int().positive().optional(),
  reviewId: z.string(),
  target: LegacyStored,
  merged: z.array(LegacyStored),
  moved: z.array(z.object({ id: z.number().int(), key: z.string() })),
  at: z.number(),
  undoneAt: z.number().optional(),
});
export type LegacyMerge = z.infer<typeof LegacyMergeSchema>;

export interface LegacyData {
  reviews: Review[];
  records: LegacyRecord[];
  decisions: LegacyDecision[];
  searches: LegacySearch[];
  merges: LegacyMerge[];
  separations: { reviewId: string; pair: string; at: number }[];
}

/** Rows as an old database holds them, not yet checked. */
export type RawLegacyData = { [K in keyof LegacyData]: unknown[] };

/**
 * Check each old row, filling the defaults older versions did not write (a decision without
 * a stage was a screening decision). Rows that cannot be read are returned apart, never dropped.
 */
export function readLegacy(raw: RawLegacyData): { data: LegacyData; unreadable: { table: string; row: unknown }[] } {
  const unreadable: { table: string; row: unknown }[] = [];
  const read = <T>(table: string, rows: unknown[], schema: z.ZodType<T>): T[] =>
    rows.flatMap((row) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) return [parsed.data];
      unreadable.push({ table, row });
      return [];
    });
  const records = raw.records.map((row) => {
    const r = row as Partial<LegacyRecord>;
    return { ...r, sources: r.sources ?? [], aliases: r.aliases ?? [], addedAt: r.addedAt ?? 1, updatedAt: r.updatedAt ?? r.addedAt ?? 1 } as LegacyRecord;
  });
  return {
    data: {
      reviews: read('reviews', raw.reviews, ReviewSchema),
      records,
      decisions: read('decisions', raw.decisions, LegacyDecisionSchema),
      searches: read('searches', raw.searches, LegacySearchSchema),
      merges: read('merges', raw.merges, LegacyMergeSchema),
      separations: read('separations', raw.separations, z.object({ reviewId: z.string(), pair: z.string(), at: z.number() })),
    },
    unreadable,
  };
}

export const legacySearchId = (id: number | string) => (typeof id === 'number' ? `legacy-${id}` : id);
const eventId = (...parts: unknown[]) => {
  const text = JSON.stringify(parts);
  return `lg-${shortHash(text)}${shortHash([...text].reverse().join(''))}${shortHash(`${text.length}|${text}`)}`;
};
const same = (x: object) => JSON.stringify(x);
const stripIndex = <T extends { matchKeys?: string[] }>({ matchKeys: _m, ...rest }: T) => rest;

/**
 * The target's article without what the merge brought: a field that differs from the target
 * as logged at the merge and holds a merged record's value goes back to the logged one. Every
 * other field stays as it is now — the target learnt it later (an abstract and journal from
 * its PubMed page seen after the merge), and it would be lost with the logged article.
 */
function articleBeforeMerge(now: LegacyRecord['article'], log: LegacyMerge): LegacyRecord['article'] {
  const article: Record<string, unknown> = { ...now };
  const logged = log.target.article as Record<string, unknown>;
  for (const field of new Set([...Object.keys(now), ...Object.keys(logged)])) {
    const value = same([article[field]]);
    if (value === same([logged[field]]) || !log.merged.some((m) => same([(m.article as Record<string, unknown>)[field]]) === value)) continue;
    if (logged[field] === undefined) delete article[field];
    else article[field] = logged[field];
  }
  return article as LegacyRecord['article'];
}

/**
 * Undo a legacy merge on the working set of records (exactly as its undo did): the merged
 * records come back, the target loses what they brought, and their decisions get their keys
 * back. Returns false, leaving everything as it is, when that is no longer possible.
 */
function splitMerge(records: Map<string, LegacyRecord>, decisions: Map<number, LegacyDecision>, log: LegacyMerge): boolean {
  const k = (key: string) => `${log.reviewId}\n${key}`;
  const current = records.get(k(log.target.key));
  if (!current || log.merged.some((m) => records.has(k(m.key)))) return false;
  const before = new Set(log.target.sources.map(same));
  const brought = new Set(log.merged.flatMap((m) => m.sources.map(same)).filter((x) => !before.has(x)));
  const broughtAliases = new Set(log.merged.flatMap((m) => [m.key, ...m.aliases]).filter((a) => !log.target.aliases.includes(a)));
  records.set(k(current.key), {
    ...current,
    article: articleBeforeMerge(current.article, log),
    sources: current.sources.filter((s) => !brought.has(same(s))),
    aliases: current.aliases.filter((a) => !broughtAliases.has(a)),
  });
  for (const m of log.merged) records.set(k(m.key), stripIndex(m));
  for (const moved of log.moved) {
    const d = decisions.get(moved.id);
    if (d && d.key === log.target.key) decisions.set(moved.id, { ...d, key: moved.key, mergedFrom: d.mergedFrom === moved.key ? undefined : d.mergedFrom });
  }
  return true;
}

/**
 * Who made each converted change. The old data names a reviewer on decisions and reviews only
 * (a name, no id); searches, merges and kept-apart pairs name nobody.
 */
export type LegacyAuthor = (name?: string) => ReviewerRef;

/** A database being upgraded is this profile's own data: all of it this reviewer's. */
export const ownAuthor =
  (me: Reviewer): LegacyAuthor =>
  (name) => ({ id: me.id, name: name || me.name });

/** Who made a change of an old backup that names nobody: not this reviewer, who only restored it. */
export const CONVERTED: ReviewerRef = { id: 'legacy:converted', name: 'Converted from an old backup' };

/**
 * A backup of format 1 may be anyone's (a colleague's file, a lab's archive): a change keeps the
 * reviewer the old data names — this reviewer only when the names are the same (Ani restoring
 * her own backup stays Ani) — and one that names nobody is marked converted, never this
 * reviewer's own (in a two-reviewer review it would count as this reviewer's decision).
 */
export const backupAuthor =
  (me: Reviewer): LegacyAuthor =>
  (name) => {
    const named = name?.trim();
    if (!named) return CONVERTED;
    if (me.name && named.toLowerCase() === me.name.trim().toLowerCase()) return { id: me.id, name: named };
    return { id: `legacy:${named.toLowerCase().replace(/\s+/g, ' ').slice(0, 90)}`, name: named };
  };

function decisionEvent(d: LegacyDecision, author: LegacyAuthor): ReviewEvent {
  return {
    id: eventId('decision', d.reviewId, d.key, d.mergedFrom ?? null, d.stage, d.decidedAt, d.decision, d.reason ?? null, d.note ?? null, d.reviewer, d.answers),
    reviewId: d.reviewId,
    by: author(d.reviewer),
    at: d.decidedAt,
    subject: d.key,
    kind: 'decision',
    payload: { stage: d.stage, decision: d.decision, reason: d.reason, note: d.note, answers: d.answers, retrieved: d.retrieved, automatic: d.automatic },
  };
}

function searchEvent(s: LegacySearch & { id: number }, author: LegacyAuthor): ReviewEvent {
  const searchId = legacySearchId(s.id);
  return {
    id: eventId('search', s.reviewId, searchId, s.at),
    reviewId: s.reviewId,
    by: author(),
    at: s.at,
    subject: `search:${searchId}`,
    kind: 'search',
    payload: {
      searchId,
      database: s.database,
      query: s.query,
      url: s.url,
      filters: s.filters,
      totalResults: s.totalResults,
      pages: s.pages,
      origin: s.origin,
      counted: s.counted,
      fileName: s.fileName,
      recordCount: s.recordCount,
      note: s.note,
      ranAt: s.at,
    },
  };
}

function protocolEvent(review: LegacyData['reviews'][number], author: LegacyAuthor): ReviewEvent {
  return {
    id: eventId('protocol', review.id, review.updatedAt),
    reviewId: review.id,
    by: author(review.reviewer),
    at: Math.max(1, review.updatedAt),
    subject: 'protocol',
    kind: 'protocol',
    payload: { protocol: protocolOf(ReviewSchema.parse(review)) },
  };
}

/** Events and unmerged records from data stored before schema 4, each change by `author` of the name it carries. */
export function legacyToEvents(data: LegacyData, author: LegacyAuthor): { events: ReviewEvent[]; records: ReviewRecord[] } {
  const records = new Map(data.records.map((r) => [`${r.reviewId}\n${r.key}`, r]));
  const decisions = new Map(data.decisions.map((d, i) => [d.id ?? -(i + 1), d]));
  const events: ReviewEvent[] = [];
  for (const review of data.reviews) events.push(protocolEvent(review, author));
  // Newest first, as a stack of undos would go.
  for (const log of [...data.merges].sort((a, b) => b.at - a.at)) {
    if (!log.undoneAt && !splitMerge(records, decisions, log)) continue;
    const merge: ReviewEvent = {
      id: eventId('merge', log.reviewId, log.at, log.target.key),
      reviewId: log.reviewId,
      by: author(),
      at: Math.max(1, log.at),
      subject: 'merge',
      kind: 'merge',
      payload: { target: log.target.key, keys: log.merged.map((m) => m.key) },
    };
    events.push(merge);
    if (log.undoneAt)
      events.push({
        id: eventId('merge-undo', merge.id),
        reviewId: log.reviewId,
        by: author(),
        at: Math.max(1, log.undoneAt),
        subject: 'merge',
        kind: 'merge-undo',
        payload: { merge: merge.id },
      });
  }
  for (const s of data.separations) {
    const [a, b] = s.pair.split('\n');
    if (a && b)
      events.push({
        id: eventId('keep-apart', s.reviewId, s.pair),
        reviewId: s.reviewId,
        by: author(),
        at: Math.max(1, s.at),
        subject: 'merge',
        kind: 'keep-apart',
        payload: { a, b },
      });
  }
  for (const d of decisions.values()) events.push(decisionEvent(d, author));
  for (const s of data.searches) if (s.id !== undefined) events.push(searchEvent(s as LegacySearch & { id: number }, author));
  const out = [...records.values()].map((r) => ({
    ...r,
    sources: r.sources.map((s) => (s.searchId === undefined ? s : { ...s, searchId: legacySearchId(s.searchId) })),
  })) as ReviewRecord[];
  return { events, records: out };
}
