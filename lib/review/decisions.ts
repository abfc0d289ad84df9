import type { Decision, EventOf, ReviewEvent, ScreeningMode, Stage, Verdict } from '../model';
import { resolveKey, type Groups } from './groups';
import { agreementAnswer, notRetrieved } from './full-text';
import { compareEvents, isLater } from './order';
import { reasonRenames, withCurrentReason } from './reason-names';

type DecisionEvent = EventOf<'decision'> | EventOf<'resolution'>;

/** Where a record stands between its reviewers (dual modes); `single` in single-reviewer mode. */
export type TeamState = 'single' | 'awaiting' | 'agreed' | 'conflict' | 'resolved' | 'automatic';

/** The decisions of one stage, folded from the events. */
export interface StageDecisions {
  /** The decision that counts (PRISMA, exports): latest, agreed or resolved. */
  final: Map<string, Decision>;
  /** Each reviewer's current decision per record: reviewer id → decision. */
  byReviewer: Map<string, Map<string, Decision>>;
  /** Where each decided record stands between its reviewers. */
  state: Map<string, TeamState>;
}

/** An event as the decision the views show, placed on the record it belongs to now. */
export function toDecision(event: DecisionEvent, groups: Pick<Groups, 'repOf'>): Decision {
  const key = resolveKey(groups, event.subject);
  const p = event.payload;
  return {
    id: event.id,
    reviewId: event.reviewId,
    key,
    stage: p.stage,
    answers: p.answers,
    decision: p.decision,
    reason: p.reason,
    note: p.note,
    reviewer: event.by.name,
    reviewerId: event.by.id,
    decidedAt: event.at,
    // A full-text exclusion for "not full text" that says nothing of the report (an old or synced
    // event) is the report not retrieved (full-text.ts); one whose reviewer had the report
    // (retrieved: true, beside the "Report not retrieved" button) stays an exclusion.
    retrieved: p.stage === 'full-text' && p.retrieved === undefined && notRetrieved(p) ? false : p.retrieved,
    automatic: p.automatic,
    ...(key !== event.subject ? { mergedFrom: event.subject } : {}),
    ...(event.kind === 'resolution' ? { why: event.payload.why } : {}),
  };
}

const order = (a: Decision, b: Decision) => compareEvents({ at: a.decidedAt, id: a.id }, { at: b.decidedAt, id: b.id });
const laterOf = (a: Decision | undefined, b: Decision) => (!a || isLater({ at: b.decidedAt, id: b.id }, { at: a.decidedAt, id: a.id }) ? b : a);

/**
 * The final decision of one record in a dual mode: the reviewers' agreement, or a resolution
 * made after their latest decision. Until two reviewers have decided there is none; a record
 * where they disagree (include, exclude and maybe are three different answers; at full text
 * also "not retrieved" and each exclusion reason: agreementAnswer) is a conflict.
 * A rule's decision (the publication window) counts at once, unless a person decided later.
 */
function dualFinal(mine: Map<string, Decision>, resolution: Decision | undefined): { final?: Decision; state: TeamState } {
  const current = [...mine.values()].sort(order);
  const last = current[current.length - 1];
  if (resolution && (!last || order(resolution, last) > 0)) return { final: resolution, state: 'resolved' };
  if (last?.automatic) return { final: last, state: 'automatic' };
  if (current.length < 2) return { state: 'awaiting' };
  if (new Set(current.map(agreementAnswer)).size > 1) return { state: 'conflict' };
  return { final: { ...last, agreedBy: current.map((d) => d.reviewer) }, state: 'agreed' };
}

/** Fold every decision and resolution of one stage into each reviewer's and the final decisions. */
export function foldDecisions(events: readonly ReviewEvent[], groups: Pick<Groups, 'repOf'>, mode: ScreeningMode, stage: Stage): StageDecisions {
  const byReviewer = new Map<string, Map<string, Decision>>();
  const latestAny = new Map<string, Decision>();
  const resolutions = new Map<string, Decision>();
  // A reason renamed in the protocol counts under its current name (PRISMA, exports, agreement).
  const renames = reasonRenames(events);
  for (const event of events) {
    if ((event.kind !== 'decision' && event.kind !== 'resolution') || event.payload.stage !== stage) continue;
    const decision = renames.length ? withCurrentReason(toDecision(event, groups), renames) : toDecision(event, groups);
    latestAny.set(decision.key, laterOf(latestAny.get(decision.key), decision));
    if (event.kind === 'resolution') {
      resolutions.set(decision.key, laterOf(resolutions.get(decision.key), decision));
      continue;
    }
    let perReviewer = byReviewer.get(decision.key);
    if (!perReviewer) byReviewer.set(decision.key, (perReviewer = new Map()));
    perReviewer.set(decision.reviewerId, laterOf(perReviewer.get(decision.reviewerId), decision));
  }
  const final = new Map<string, Decision>();
  const state = new Map<string, TeamState>();
  if (mode === 'single') {
    for (const [key, decision] of latestAny) {
      final.set(key, decision);
      state.set(key, 'single');
    }
    return { final, byReviewer, state };
  }
  for (const key of latestAny.keys()) {
    const result = dualFinal(byReviewer.get(key) ?? new Map(), resolutions.get(key));
    if (result.final) final.set(key, result.final);
    state.set(key, result.state);
  }
  return { final, byReviewer, state };
}

/** Every decision ever made on a record (both stages), oldest first. */
export function historyOf(events: readonly ReviewEvent[], groups: Groups, key: string): Decision[] {
  const keys = new Set(groups.members.get(key) ?? [key]);
  return events
    .filter((e): e is DecisionEvent => (e.kind === 'decision' || e.kind === 'resolution') && keys.has(e.subject))
    .sort(compareEvents)
    .map((e) => toDecision(e, groups));
}

/** A verdict as one word per reviewer, for the CSV's `reviewer_decisions`: `Ani: include; Budi: exclude`. */
export function reviewerDecisionsText(perReviewer: Map<string, Decision> | undefined): string {
  if (!perReviewer) return '';
  return [...perReviewer.values()]
    .sort((a, b) => a.reviewer.localeCompare(b.reviewer) || a.reviewerId.localeCompare(b.reviewerId))
    .map((d) => `${d.reviewer || d.reviewerId.slice(0, 6)}: ${d.decision}`)
    .join('; ');
}

/** Who made the final decision: the agreeing reviewers, the one who resolved it, or the decider. */
export function decidedByText(final: Decision | undefined): string {
  if (!final) return '';
  if (final.agreedBy) return [...final.agreedBy].sort().join(', ');
  return final.reviewer;
}

export type { Verdict };
