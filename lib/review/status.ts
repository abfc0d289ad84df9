import type { Decision, ScreeningMode } from '../model';
import type { StageDecisions, TeamState } from './decisions';

/** What one reviewer sees of one record's decisions. */
export interface RecordDecisionView {
  /** The decision the record shows: the final one, else this reviewer's own. */
  shown?: Decision;
  /** This reviewer's own decision. */
  mine?: Decision;
  /** The other reviewers' decisions this reviewer may see (none in blind mode until both decided). */
  others: Decision[];
  /** Where the record stands between reviewers (dual modes). */
  team?: TeamState;
  /** True when this reviewer still has to decide it. */
  todo: boolean;
}

/**
 * Blind screening: a reviewer sees the others' decisions on a record only once they have
 * decided it themselves and so has another (the procedure of Cochrane's dual screening;
 * the data is on every member's machine, so this is a courtesy of the interface, not a lock).
 */
export function decisionView(mode: ScreeningMode, me: string, key: string, stage: StageDecisions): RecordDecisionView {
  const final = stage.final.get(key);
  const perReviewer = stage.byReviewer.get(key);
  const mine = perReviewer?.get(me);
  if (mode === 'single') return { shown: final, mine, others: [], todo: !final };
  const others = [...(perReviewer?.values() ?? [])].filter((d) => d.reviewerId !== me);
  const visible = mode === 'dual-open' || (!!mine && others.length > 0) || !!final;
  return { shown: final ?? mine, mine, others: visible ? others : [], team: stage.state.get(key) ?? 'awaiting', todo: !mine && !final };
}

/**
 * Each reviewer's decision on a record that `me` may see, by reviewer id (undefined when none):
 * all of them, except in blind screening before the record is revealed (decisionView), when only
 * `me`'s own. What the exports write (README: blind mode keeps the others' decisions out of them).
 */
export function visibleDecisions(mode: ScreeningMode, me: string, key: string, stage: StageDecisions): Map<string, Decision> | undefined {
  const all = stage.byReviewer.get(key);
  if (!all || mode !== 'dual-blind') return all;
  const view = decisionView(mode, me, key, stage);
  if (view.others.length === all.size - (view.mine ? 1 : 0)) return all;
  return view.mine ? new Map([[me, view.mine]]) : undefined;
}
