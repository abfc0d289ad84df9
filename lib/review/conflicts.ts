import type { Decision, EventOf, ReviewEvent, Verdict } from '../model';
import { toDecision } from './decisions';
import type { Groups } from './groups';
import { compareEvents } from './order';

export interface MergeConflict {
  key: string;
  /** The current decision each merged-in record had, by its original key. */
  verdicts: { from: string; decision: Verdict; reason?: string; reviewer: string; decidedAt: number }[];
}

/**
 * Merged records whose parts carried different title/abstract decisions and that nobody has
 * decided since the merge: shown to the reviewer, never resolved silently.
 */
export function findMergeConflicts(events: readonly ReviewEvent[], groups: Groups): MergeConflict[] {
  const subjectOf = new Map<string, string>();
  for (const [rep, members] of groups.members) for (const m of members) subjectOf.set(m, rep);
  const byRep = new Map<string, Decision[]>();
  for (const e of [...events].sort(compareEvents)) {
    if (e.kind !== 'decision' || e.payload.stage !== 'screening') continue;
    const rep = subjectOf.get(e.subject);
    if (rep) byRep.set(rep, [...(byRep.get(rep) ?? []), toDecision(e as EventOf<'decision'>, { repOf: new Map() })]);
  }
  const conflicts: MergeConflict[] = [];
  for (const [rep, list] of byRep) {
    if (list.some((d) => d.decidedAt > groups.mergedAt.get(rep)!)) continue; // decided again after the merge
    const perOrigin = new Map<string, Decision>();
    for (const d of list) perOrigin.set(d.key, d); // sorted: the last one per original record wins
    const verdicts = [...perOrigin.entries()].map(([from, d]) => ({ from, decision: d.decision, reason: d.reason, reviewer: d.reviewer, decidedAt: d.decidedAt }));
    if (new Set(verdicts.map((v) => `${v.decision}|${v.reason ?? ''}`)).size > 1) conflicts.push({ key: rep, verdicts });
  }
  return conflicts;
}
