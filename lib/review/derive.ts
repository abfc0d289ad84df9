import type { Decision, LoggedSearch, Review, ReviewEvent, ReviewRecord, Reviewer } from '../model';
import { foldDecisions, historyOf, type StageDecisions } from './decisions';
import { foldGroups, type Groups, type MergeInfo } from './groups';
import { storedPerSearch, viewRecords } from './records-view';
import { foldSearches } from './searches';
import { decisionView, type RecordDecisionView } from './status';

/** Everything the dashboard shows of one review, folded from its records and events. */
export interface ReviewState<R extends ReviewRecord = ReviewRecord> {
  review: Review;
  /** This profile's reviewer. */
  me: Reviewer;
  /** The records as the review shows them (merged ones joined, deleted ones left out). */
  records: R[];
  /** The records deleted in Saring (merged ones joined), which PRISMA counts as removed before screening. */
  deleted: R[];
  /** How many stored records carry each search, before merges and deletions. */
  storedPerSearch: Map<string, number>;
  events: ReviewEvent[];
  groups: Groups;
  /** Each reviewer's and the final decisions, per stage. */
  screening: StageDecisions;
  fullTextStage: StageDecisions;
  /** The title/abstract decision each record shows this reviewer (the final one, else their own). */
  decisions: Map<string, Decision>;
  /** The same for the full-text stage. */
  fullText: Map<string, Decision>;
  searches: LoggedSearch[];
  merges: MergeInfo[];
  separations: Set<string>;
  /** Names of the reviewers who took part, by id. */
  reviewers: Map<string, string>;
}

function shownOf(review: Review, me: Reviewer, stage: StageDecisions): Map<string, Decision> {
  if (review.mode === 'single') return stage.final;
  const shown = new Map(stage.final);
  for (const [key, perReviewer] of stage.byReviewer) {
    const mine = perReviewer.get(me.id);
    if (mine && !shown.has(key)) shown.set(key, mine);
  }
  return shown;
}

/** Fold a review's stored records and events into what its views show. */
export function deriveReview<R extends ReviewRecord>(review: Review, me: Reviewer, docs: readonly R[], received: readonly ReviewEvent[]): ReviewState<R> {
  // An event delivered twice is one event.
  const seen = new Set<string>();
  const events = received.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
  const groups = foldGroups(events);
  const screening = foldDecisions(events, groups, review.mode, 'screening');
  const fullTextStage = foldDecisions(events, groups, review.mode, 'full-text');
  const reviewers = new Map<string, string>();
  for (const e of events) if (e.by.name || !reviewers.has(e.by.id)) reviewers.set(e.by.id, e.by.name);
  const { shown, deleted } = viewRecords(docs, groups, events);
  return {
    review,
    me,
    records: shown,
    deleted,
    storedPerSearch: storedPerSearch(docs),
    events,
    groups,
    screening,
    fullTextStage,
    decisions: shownOf(review, me, screening),
    fullText: shownOf(review, me, fullTextStage),
    searches: foldSearches(events),
    merges: groups.merges,
    separations: groups.separations,
    reviewers,
  };
}

/** What this reviewer sees of one record's title/abstract decisions. */
export function recordDecisions(state: Pick<ReviewState, 'review' | 'me' | 'screening'>, key: string): RecordDecisionView {
  return decisionView(state.review.mode, state.me.id, key, state.screening);
}

/**
 * A record's decision history as this reviewer may see it: in blind screening, the others'
 * decisions appear only once the record is revealed (both decided, or a final decision).
 */
export function visibleHistory(state: Pick<ReviewState, 'review' | 'me' | 'screening' | 'events' | 'groups'>, key: string): Decision[] {
  const history = historyOf(state.events, state.groups, key);
  if (state.review.mode !== 'dual-blind') return history;
  const view = recordDecisions(state, key);
  const revealed = view.others.length > 0 || (!!view.shown && view.shown !== view.mine);
  return revealed ? history : history.filter((d) => d.reviewerId === state.me.id);
}
