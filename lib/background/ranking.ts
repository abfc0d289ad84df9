// The relevance ranking of each review, held by the background: one model serves the queue,
// the Records table, the popup and the bars beside result rows, so they all agree. Retraining
// runs here, off every page's thread; it is lazy (a view that asks gets a fresh ranking) and
// also warmed shortly after changes, so that the bars on open result pages get their bands.
import { createRankSession, rankReview, rowRelevance, type RankInput, type RankSession, type Relevance, type ReviewRanking } from '../ranking';
import type { RankText } from '../ranking/text';

export interface RankingSource {
  /** Changes whenever the review's records or events change (cheap to read). */
  mark(reviewId: string): Promise<string>;
  load(reviewId: string): Promise<RankInput>;
}

export interface RankingService {
  /** The review's ranking, retrained first when the review changed since the last one. */
  fresh(reviewId: string): Promise<ReviewRanking>;
  /** Relevance of result rows with the model at hand (never waits for a retraining; checks for changes soon after). */
  rows(reviewId: string, rows: readonly { key?: string; text: RankText }[]): (Relevance | undefined)[];
  /** The review changed: retrain soon (bursts of changes make one retraining). */
  changed(reviewId: string): void;
  /**
   * Retrain within `settleMs`, later calls not postponing it: a team server sent data (a
   * teammate screening sends something every few seconds), or the review's saved first screen
   * is behind at start. Also when no page is open, so the queue and the dashboard's saved first
   * screen are ready on the next open.
   */
  warm(reviewId: string): void;
}

interface Held {
  session: RankSession;
  mark?: string;
  running?: Promise<ReviewRanking>;
}

/** One pending timer per review: `restart` postpones a pending one, `ensure` leaves it be. */
function timerPerReview(fire: (reviewId: string) => void) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const start = (reviewId: string, ms: number) =>
    timers.set(
      reviewId,
      setTimeout(() => {
        timers.delete(reviewId);
        fire(reviewId);
      }, ms),
    );
  return {
    restart(reviewId: string, ms: number) {
      clearTimeout(timers.get(reviewId));
      start(reviewId, ms);
    },
    ensure(reviewId: string, ms: number) {
      if (!timers.has(reviewId)) start(reviewId, ms);
    },
  };
}

/** `retrained`: called after a warm-up retraining changed the model (tabs re-ask for bands). */
export function createRanking(source: RankingSource, retrained: (reviewId: string) => void, delayMs = 300, settleMs = 5_000): RankingService {
  const held = new Map<string, Held>();
  const hold = (reviewId: string) => {
    let h = held.get(reviewId);
    if (!h) held.set(reviewId, (h = { session: createRankSession() }));
    return h;
  };

  async function refresh(h: Held, reviewId: string): Promise<ReviewRanking> {
    const mark = await source.mark(reviewId);
    if (mark === h.mark && h.session.ranking) return h.session.ranking;
    const input = await source.load(reviewId);
    const ranking = rankReview(h.session, input);
    h.mark = mark;
    return ranking;
  }

  async function fresh(reviewId: string): Promise<ReviewRanking> {
    const h = hold(reviewId);
    // One retraining at a time per review; a caller that arrives meanwhile checks again after it.
    while (h.running) await h.running.catch(() => undefined);
    h.running = refresh(h, reviewId).finally(() => (h.running = undefined));
    return h.running;
  }

  const warmUp = timerPerReview((reviewId) => {
    const before = hold(reviewId).session.model;
    fresh(reviewId)
      .then(() => hold(reviewId).session.model !== before && retrained(reviewId))
      .catch((error) => console.warn('Saring: ranking failed', error));
  });

  return {
    fresh,
    rows(reviewId, rows) {
      // Also a cue to check, soon, whether the review changed (a teammate's decisions arrived).
      this.changed(reviewId);
      const h = held.get(reviewId);
      if (!h) return rows.map(() => undefined);
      try {
        return rowRelevance(h.session, rows);
      } catch (error) {
        console.warn('Saring: could not score the rows', error);
        return rows.map(() => undefined);
      }
    },
    changed: (reviewId) => warmUp.restart(reviewId, delayMs),
    warm: (reviewId) => warmUp.ensure(reviewId, settleMs),
  };
}
