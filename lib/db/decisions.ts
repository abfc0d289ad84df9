import { DecisionSchema, type Decision, type DecisionInput, type Stage } from '../model';
import { db } from './schema';
import { validate } from './errors';
import { foldCurrent, isLater } from '../review/current';

export { foldCurrent, isLater };

/** Record a decision. Earlier decisions on the record stay as its history. */
export async function decide(input: DecisionInput): Promise<Decision> {
  const decision = validate(DecisionSchema, input, 'Decision not saved');
  delete decision.id;
  const id = await db().decisions.add(decision);
  return { ...decision, id };
}

/**
 * Record many decisions at once (bulk changes, restores): all validated first, then written
 * in one transaction, so either all are stored or none.
 */
export async function decideMany(inputs: DecisionInput[]): Promise<Decision[]> {
  const decisions = inputs.map((input, i) => {
    const decision = validate(DecisionSchema, input, `Decision ${i + 1} not saved`);
    delete decision.id;
    return decision;
  });
  const ids = await db().transaction('rw', db().decisions, () => db().decisions.bulkAdd(decisions, { allKeys: true }));
  return decisions.map((d, i) => ({ ...d, id: ids[i] }));
}

/** The current decision on every decided record of a review. */
export async function currentDecisions(reviewId: string, stage: Stage = 'screening'): Promise<Map<string, Decision>> {
  return foldCurrent(await db().decisions.where('reviewId').equals(reviewId).toArray(), stage);
}

/** Current decisions of some records only (a result page's rows). */
export async function decisionsFor(reviewId: string, keys: string[], stage: Stage = 'screening'): Promise<Map<string, Decision>> {
  if (keys.length === 0) return new Map();
  const events = await db()
    .decisions.where('[reviewId+key]')
    .anyOf(keys.map((k) => [reviewId, k]))
    .toArray();
  return foldCurrent(events, stage);
}

/** Every decision ever made on one record (both stages), oldest first. */
export async function decisionHistory(reviewId: string, key: string): Promise<Decision[]> {
  const events = await db().decisions.where('[reviewId+key]').equals([reviewId, key]).toArray();
  return events.sort((a, b) => (isLater(a, b) ? 1 : -1));
}

/** One decision for many records (the dashboard's bulk change), written together or not at all. */
export async function decideAll(
  reviewId: string,
  keys: string[],
  change: { decision: DecisionInput['decision']; reason?: string; reviewer: string },
  now = Date.now(),
): Promise<Decision[]> {
  // Read and write in one transaction: a decision made meanwhile in another tab is not overwritten unseen.
  return db().transaction('rw', db().decisions, async () => {
    const current = await decisionsFor(reviewId, keys);
    return decideMany(
      keys.map((key) => ({
        reviewId,
        key,
        stage: 'screening' as const,
        // Keep each record's checklist answers and note; only the verdict changes.
        answers: current.get(key)?.answers ?? {},
        note: current.get(key)?.note,
        decision: change.decision,
        reason: change.decision === 'exclude' ? change.reason : undefined,
        reviewer: change.reviewer,
        decidedAt: now,
      })),
    );
  });
}

/**
 * The publication-window rule as automation: every undecided record whose year is known and
 * outside the window is excluded with the window's reason, marked as decided by the rule
 * (PRISMA counts these as "removed by automation tools"). Returns how many were excluded.
 */
export async function applyWindowRule(
  reviewId: string,
  records: { key: string; article: { year?: number } }[],
  window: { from: number; to: number },
  reason: string | undefined,
  now = Date.now(),
): Promise<number> {
  return db().transaction('rw', db().decisions, async () => {
    const current = await currentDecisions(reviewId);
    const outside = records.filter((r) => !current.has(r.key) && r.article.year !== undefined && (r.article.year < window.from || r.article.year > window.to));
    await decideMany(
      outside.map((r) => ({ reviewId, key: r.key, stage: 'screening' as const, decision: 'exclude' as const, reason, reviewer: 'Saring (publication window)', automatic: true, decidedAt: now })),
    );
    return outside.length;
  });
}
