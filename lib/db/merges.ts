import type { EventDraft, ReviewRecord } from '../model';
import { groupDuplicates } from '../dedup';
import { pairOf } from '../review/groups';
import { appendEvents } from './events';

export { pairOf };

/** The record that absorbs its duplicates: one with a decision first, then a DOI or PMID key, then the oldest. */
export function chooseTarget<R extends Pick<ReviewRecord, 'key' | 'addedAt'>>(records: R[], decided: Set<string>): R {
  const rank = (r: R) => (decided.has(r.key) ? 0 : 2) + (/^(doi|pmid):/.test(r.key) ? 0 : 1);
  return [...records].sort((a, b) => rank(a) - rank(b) || a.addedAt - b.addedAt || a.key.localeCompare(b.key))[0];
}

const mergeDraft = (target: string, keys: string[]): EventDraft => ({ kind: 'merge', subject: 'merge', payload: { target, keys } });

/**
 * Merge records into one: the target keeps its key and shows the others' sources, aliases
 * and any metadata it lacked; their decisions count for it. The stored records are not
 * changed, so the merge can be undone exactly. Returns the merge event's id.
 */
export async function mergeRecords(reviewId: string, targetKey: string, otherKeys: string[], now = Date.now()): Promise<string> {
  const keys = otherKeys.filter((k) => k !== targetKey);
  if (!keys.length) throw new Error('Nothing to merge');
  const [event] = await appendEvents(reviewId, [mergeDraft(targetKey, keys)], now);
  return event.id;
}

/** Undo a merge: the records are apart again, with their own decisions, and kept apart. */
export async function undoMerge(reviewId: string, mergeId: string, now = Date.now()): Promise<void> {
  await appendEvents(reviewId, [{ kind: 'merge-undo', subject: 'merge', payload: { merge: mergeId } }], now);
}

/** Remember that two records are different studies (never offered as likely duplicates again). */
export async function keepApart(reviewId: string, a: string, b: string, now = Date.now()): Promise<void> {
  await appendEvents(reviewId, [{ kind: 'keep-apart', subject: 'merge', payload: { a, b } }], now);
}

/**
 * The merges of every group of these records (all of one review, as the review shows them)
 * that lib/dedup finds certainly one study, except pairs kept apart. Returns the events to
 * append and the keys merged away.
 */
export function certainMerges(records: ReviewRecord[], decided: Set<string>, apart: Set<string>): { drafts: EventDraft[]; gone: string[] } {
  const groups = groupDuplicates(records.map((r) => r.article)).filter((g) => g.length > 1);
  const drafts: EventDraft[] = [];
  const gone: string[] = [];
  for (const group of groups) {
    const members = group.map((i) => records[i]);
    const target = chooseTarget(members, decided);
    const others = members.filter((m) => m !== target && !apart.has(pairOf(target.key, m.key)));
    if (!others.length) continue;
    drafts.push(
      mergeDraft(
        target.key,
        others.map((m) => m.key),
      ),
    );
    gone.push(...others.map((m) => m.key));
  }
  return { drafts, gone };
}
