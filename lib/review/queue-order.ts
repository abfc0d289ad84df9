// Which record the screening queue shows next: the top of the latest ranking, or the oldest
// undecided record in imported order; records already shown this session are not shown again
// (J / K go back to them).
import type { ReviewRanking } from '../ranking/review';

export const QUEUE_ORDERS = ['relevance', 'imported'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

/**
 * The order the queue uses: the reviewer's choice, else "most relevant first" whenever the
 * review can be ranked (from the protocol's terms before the first include, by the model once
 * there are includes and excludes). When the review cannot be ranked the queue keeps imported
 * order whatever was chosen, and `why` says why.
 */
export function queueOrder(chosen: QueueOrder | undefined, ranking: ReviewRanking | undefined): { order: QueueOrder; why?: Exclude<ReviewRanking, { ok: true }> } {
  if (ranking && !ranking.ok) return { order: 'imported', why: ranking };
  return { order: chosen ?? (ranking ? 'relevance' : 'imported') };
}

/** Imported order: when a record arrived, ties by key. The queue and the ranking's tie-break share it. */
export const importedOrder = (a: { addedAt: number; key: string }, b: { addedAt: number; key: string }): number =>
  a.addedAt - b.addedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Undecided records in the queue's order, leaving out those shown already. */
export function upNext(
  order: QueueOrder,
  ranking: ReviewRanking | undefined,
  records: readonly { key: string; addedAt: number }[],
  todo: (key: string) => boolean,
  shown: ReadonlySet<string>,
): string[] {
  if (order === 'relevance' && ranking?.ok) return ranking.keys.filter((key) => !shown.has(key) && todo(key));
  return records
    .filter((r) => todo(r.key) && !shown.has(r.key))
    .sort(importedOrder)
    .map((r) => r.key);
}
