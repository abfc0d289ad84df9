import type { Decision, Stage } from '../model';

/** Later decisions win; two at the same millisecond are ordered by arrival (id). */
export function isLater(a: Decision, b: Decision): boolean {
  return a.decidedAt !== b.decidedAt ? a.decidedAt > b.decidedAt : (a.id ?? 0) > (b.id ?? 0);
}

/** Fold decision events into the current decision per record key, for one stage. */
export function foldCurrent(events: Iterable<Decision>, stage: Stage = 'screening'): Map<string, Decision> {
  const current = new Map<string, Decision>();
  for (const event of events) {
    if (event.stage !== stage) continue;
    const seen = current.get(event.key);
    if (!seen || isLater(event, seen)) current.set(event.key, event);
  }
  return current;
}
