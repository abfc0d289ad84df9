import type { Article, Decision, Verdict } from '../model';
import { groupDuplicates } from '../dedup';
import { db, recordsOf, type MergeLog, type StoredRecord } from './schema';
import { mergeArticle, recordMatchKeys } from './records';
import { foldCurrent } from './decisions';

const pairOf = (a: string, b: string) => [a, b].sort().join('\n');

/** The record that absorbs its duplicates: one with a decision first, then a DOI or PMID key, then the oldest. */
export function chooseTarget(records: StoredRecord[], decided: Set<string>): StoredRecord {
  const rank = (r: StoredRecord) => (decided.has(r.key) ? 0 : 2) + (/^(doi|pmid):/.test(r.key) ? 0 : 1);
  return [...records].sort((a, b) => rank(a) - rank(b) || a.addedAt - b.addedAt)[0];
}

/**
 * Merge records into one: the target keeps its key and gains the others' sources, aliases
 * and any metadata it lacked; their decision events move to it (marked with where they came
 * from), so no decision is lost and conflicts can be shown. Logged for undo.
 */
export async function mergeRecords(reviewId: string, targetKey: string, otherKeys: string[], now = Date.now()): Promise<MergeLog> {
  const d = db();
  return d.transaction('rw', [d.records, d.decisions, d.merges], async () => {
    const target = await d.records.get([reviewId, targetKey]);
    if (!target) throw new Error(`No record ${targetKey} in this review`);
    const others = (await d.records.bulkGet(otherKeys.filter((k) => k !== targetKey).map((k) => [reviewId, k] as [string, string]))).filter(
      (r): r is StoredRecord => !!r,
    );
    if (!others.length) throw new Error('Nothing to merge');
    let article: Article = target.article;
    const sources = [...target.sources];
    const aliases = new Set(target.aliases);
    for (const other of others) {
      article = mergeArticle(article, other.article);
      for (const s of other.sources) if (!sources.some((t) => JSON.stringify(t) === JSON.stringify(s))) sources.push(s);
      aliases.add(other.key);
      other.aliases.forEach((a) => aliases.add(a));
    }
    aliases.delete(target.key);
    const events = await d.decisions.where('[reviewId+key]').anyOf(others.map((o) => [reviewId, o.key])).toArray();
    const merged: StoredRecord = {
      ...target,
      article,
      sources,
      aliases: [...aliases],
      evidence: target.evidence ?? others.find((o) => o.evidence)?.evidence,
      updatedAt: now,
      matchKeys: recordMatchKeys(reviewId, target.key, [...aliases], article),
    };
    await d.records.put(merged);
    await d.records.bulkDelete(others.map((o) => [reviewId, o.key] as [string, string]));
    await d.decisions.bulkPut(events.map((e) => ({ ...e, key: target.key, mergedFrom: e.mergedFrom ?? e.key })));
    const log: MergeLog = { reviewId, target, merged: others, moved: events.map((e) => ({ id: e.id!, key: e.key })), at: now };
    log.id = await d.merges.add(log);
    return log;
  });
}

/**
 * Undo a merge: the merged records come back as they were, with their decisions; the record
 * that absorbed them keeps what it gained since (sightings, evidence, decisions made on it)
 * but loses what they brought, and its metadata returns to what it was before. The pair is
 * then kept apart, so automatic merging does not redo it.
 */
export async function undoMerge(id: number, now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.records, d.decisions, d.merges, d.separations], async () => {
    const log = await d.merges.get(id);
    if (!log) throw new Error(`No merge ${id}`);
    if (log.undoneAt) throw new Error('This merge was already undone');
    const current = await d.records.get([log.reviewId, log.target.key]);
    if (!current) throw new Error('That record was merged into another one (or deleted) since: undo the later merge first.');
    const clash = await d.records.bulkGet(log.merged.map((m) => [log.reviewId, m.key] as [string, string]));
    if (clash.some(Boolean)) throw new Error('A record with the same key exists again: this merge can no longer be undone.');
    const same = (s: object) => JSON.stringify(s);
    const before = new Set(log.target.sources.map(same));
    const brought = new Set(log.merged.flatMap((m) => m.sources.map(same)).filter((x) => !before.has(x)));
    const broughtAliases = new Set(log.merged.flatMap((m) => [m.key, ...m.aliases]).filter((a) => !log.target.aliases.includes(a)));
    const aliases = current.aliases.filter((a) => !broughtAliases.has(a));
    await d.records.put({
      ...current,
      article: log.target.article,
      sources: current.sources.filter((s) => !brought.has(same(s))),
      aliases,
      updatedAt: now,
      matchKeys: recordMatchKeys(log.reviewId, current.key, aliases, log.target.article),
    });
    await d.records.bulkPut(log.merged);
    const events = (await d.decisions.bulkGet(log.moved.map((m) => m.id))).filter((e): e is Decision => !!e && e.key === log.target.key);
    const original = new Map(log.moved.map((m) => [m.id, m.key]));
    await d.decisions.bulkPut(
      events.map((e) => {
        const { mergedFrom: _from, ...rest } = e;
        void _from;
        const key = original.get(e.id!)!;
        // An event that had been merged before this merge keeps that earlier origin.
        return e.mergedFrom && e.mergedFrom !== key ? { ...rest, key, mergedFrom: e.mergedFrom } : { ...rest, key };
      }),
    );
    await d.separations.bulkPut(log.merged.map((m) => ({ reviewId: log.reviewId, pair: pairOf(log.target.key, m.key), at: now })));
    await d.merges.put({ ...log, undoneAt: now });
  });
}

export async function listMerges(reviewId: string): Promise<MergeLog[]> {
  return (await db().merges.where('reviewId').equals(reviewId).toArray()).sort((a, b) => b.at - a.at);
}

/** Remember that two records are different studies. */
export async function keepApart(reviewId: string, a: string, b: string, now = Date.now()): Promise<void> {
  await db().separations.put({ reviewId, pair: pairOf(a, b), at: now });
}

export async function separatedPairs(reviewId: string): Promise<Set<string>> {
  return new Set((await db().separations.where('reviewId').equals(reviewId).toArray()).map((s) => s.pair));
}

export { pairOf };

/**
 * Merge every group of records that are certainly one study (lib/dedup's rules). Run after
 * an import and from the dashboard; returns the number of records merged away.
 */
export async function mergeCertainDuplicates(reviewId: string, now = Date.now()): Promise<number> {
  return (await mergeDuplicatesAmong(reviewId, await recordsOf(db(), reviewId).toArray(), now)).length;
}

/**
 * Merge the certain duplicate groups among these records (all of one review), except pairs
 * the reviewer kept apart. Returns the keys of the records merged away.
 */
export async function mergeDuplicatesAmong(reviewId: string, records: StoredRecord[], now = Date.now()): Promise<string[]> {
  const groups = groupDuplicates(records.map((r) => r.article)).filter((g) => g.length > 1);
  if (!groups.length) return [];
  const decided = new Set((await db().decisions.where('reviewId').equals(reviewId).toArray()).map((e) => e.key));
  const apart = await separatedPairs(reviewId);
  const gone: string[] = [];
  for (const group of groups) {
    const members = group.map((i) => records[i]);
    const target = chooseTarget(members, decided);
    const others = members.filter((m) => m !== target && !apart.has(pairOf(target.key, m.key)));
    if (!others.length) continue;
    await mergeRecords(reviewId, target.key, others.map((m) => m.key), now);
    gone.push(...others.map((m) => m.key));
  }
  return gone;
}

export interface DecisionConflict {
  key: string;
  /** The current decision each merged-in record had, by its original key. */
  verdicts: { from: string; decision: Verdict; reason?: string; reviewer: string; decidedAt: number }[];
}

/**
 * Records whose merged-in parts carried different decisions and that nobody has decided on
 * since the merge: shown to the reviewer, never resolved silently.
 */
export function findConflicts(events: Decision[], merges: MergeLog[]): DecisionConflict[] {
  const mergedAt = new Map<string, number>();
  for (const m of merges) if (!m.undoneAt) mergedAt.set(m.target.key, Math.max(mergedAt.get(m.target.key) ?? 0, m.at));
  const byKey = new Map<string, Decision[]>();
  for (const e of events) if (e.stage === 'screening' && mergedAt.has(e.key)) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const conflicts: DecisionConflict[] = [];
  for (const [key, list] of byKey) {
    if (list.some((e) => e.decidedAt > mergedAt.get(key)!)) continue; // decided again after the merge
    const origins = foldCurrent(list.map((e) => ({ ...e, key: e.mergedFrom ?? e.key })));
    const verdicts = [...origins.entries()].map(([from, e]) => ({ from, decision: e.decision, reason: e.reason, reviewer: e.reviewer, decidedAt: e.decidedAt }));
    if (new Set(verdicts.map((v) => `${v.decision}|${v.reason ?? ''}`)).size > 1) conflicts.push({ key, verdicts });
  }
  return conflicts;
}
