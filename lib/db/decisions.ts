import type { Answers, Decision, EventDraft, PublicationWindow, Review, Stage, Verdict } from '../model';
import { checkYear } from '../screening/window';
import { foldDecisions, toDecision } from '../review/decisions';
import { foldGroups } from '../review/groups';
import { decisionView, type RecordDecisionView } from '../review/status';
import { appendEvents, eventsOfRecords, listEvents, localReviewer } from './events';
import { db } from './schema';

/** A decision as a view asks for it; the reviewer and the time are added by the store. */
export interface DecisionChange {
  stage?: Stage;
  decision: Verdict;
  reason?: string;
  note?: string;
  answers?: Answers;
  retrieved?: boolean;
}

const draft = (key: string, change: DecisionChange & { automatic?: boolean }): EventDraft => ({
  kind: 'decision',
  subject: key,
  payload: {
    stage: change.stage ?? 'screening',
    decision: change.decision,
    reason: change.decision === 'exclude' ? change.reason || undefined : undefined,
    note: change.note || undefined,
    answers: change.answers ?? {},
    retrieved: change.retrieved,
    automatic: change.automatic,
  },
});

/** This reviewer decides one record. Earlier decisions stay as its history. */
export async function decide(reviewId: string, key: string, change: DecisionChange, now = Date.now()): Promise<Decision> {
  const [event] = await appendEvents(reviewId, [draft(key, change)], now);
  return toDecision(event as Parameters<typeof toDecision>[0], { repOf: new Map() });
}

/** The final decision on a record the reviewers disagree on, and why (dual modes). */
export async function resolveConflict(reviewId: string, key: string, change: DecisionChange & { why: string }, now = Date.now()): Promise<Decision> {
  const base = draft(key, change) as Extract<EventDraft, { kind: 'decision' }>;
  const [event] = await appendEvents(reviewId, [{ kind: 'resolution', subject: key, payload: { ...base.payload, why: change.why } }], now);
  return toDecision(event as Parameters<typeof toDecision>[0], { repOf: new Map() });
}

/**
 * One decision for many records (the dashboard's bulk change), written together or not at
 * all. Each record keeps this reviewer's checklist answers and note; only the verdict changes.
 */
export async function decideAll(reviewId: string, keys: string[], change: { decision: Verdict; reason?: string }, now = Date.now()): Promise<Decision[]> {
  return db().transaction('rw', [db().events, db().settings, db().reviews], async () => {
    const current = await decisionsOf(reviewId, keys);
    const drafts = keys.map((key) => {
      const mine = current.get(key)?.mine;
      return draft(key, { decision: change.decision, reason: change.reason, answers: mine?.answers, note: mine?.note });
    });
    return (await appendEvents(reviewId, drafts, now)).map((e) => toDecision(e as Parameters<typeof toDecision>[0], { repOf: new Map() }));
  });
}

/**
 * The publication-window rule as automation: every record with no decision yet whose year is
 * known and outside the window is excluded with the window's reason, marked as decided by
 * the rule (PRISMA counts these as "removed by automation tools"). Returns how many.
 */
export async function applyWindowRule(
  reviewId: string,
  records: { key: string; article: { year?: number } }[],
  window: PublicationWindow,
  reason: string | undefined,
  now = Date.now(),
): Promise<number> {
  return db().transaction('rw', [db().events, db().settings, db().reviews], async () => {
    const review = await db().reviews.get(reviewId);
    const events = await listEvents(reviewId);
    const decided = foldDecisions(events, foldGroups(events), review?.mode ?? 'single', 'screening');
    const outside = records.filter((r) => !decided.final.has(r.key) && !decided.byReviewer.has(r.key) && checkYear(r.article.year, window).result === 'fail');
    await appendEvents(
      reviewId,
      outside.map((r) => draft(r.key, { decision: 'exclude', reason, automatic: true })),
      now,
    );
    return outside.length;
  });
}

/**
 * What this reviewer sees of some records' decisions (a result page's rows): their own, the
 * final one, and the others' where the screening mode lets them see them.
 */
export async function decisionsOf(reviewId: string, keys: string[], stage: Stage = 'screening', known?: { review?: Review }): Promise<Map<string, RecordDecisionView>> {
  const result = new Map<string, RecordDecisionView>();
  if (!keys.length) return result;
  const [review, me, { groups, events }] = await Promise.all([known?.review ?? db().reviews.get(reviewId), localReviewer(), eventsOfRecords(reviewId, keys)]);
  const mode = review?.mode ?? 'single';
  const folded = foldDecisions(events, groups, mode, stage);
  for (const key of keys) result.set(key, decisionView(mode, me.id, key, folded));
  return result;
}
