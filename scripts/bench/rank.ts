// Relevance ranking probes: retraining a 10,000-record review and scoring a page's rows.
import { addRecords, createCorpus, rankUndecided, scoreTexts, trainRanker, type Label, type RankModel } from '../../lib/ranking';
import { generateReview } from '../../tests/ranking/generate';
import { time } from './timing';

let rankModel: RankModel | undefined;

/**
 * Retraining the relevance model of a 10,000-record review with half of it decided, and
 * ranking the other half, as after each decision: one more record decided, then retrain
 * (starting from the last solution, as the background does) and rank. The corpus is read once,
 * outside the timing, as the background keeps it between decisions. `cold_ms`: the same
 * training from nothing (the first one after the background starts).
 */
export function rankRetrain10k(): { ms: number; coldMs: number; labelled: number; included: number } {
  const records = generateReview(10_000, 0.05, 7);
  const corpus = createCorpus();
  addRecords(
    corpus,
    records.map((r, i) => ({ key: `k${i}`, text: r })),
  );
  const decisions = new Map<string, Label>();
  records.forEach((r, i) => i % 2 === 0 && decisions.set(`k${i}`, r.included ? 'include' : 'exclude'));
  const coldMs = time(() => {
    const trained = trainRanker(corpus, decisions, { seed: 1 });
    if (!trained.ok) throw new Error(trained.message);
  }, 3);
  let last = trainRanker(corpus, decisions, { seed: 1 });
  let next = 1;
  const ms = time(() => {
    decisions.set(`k${next}`, records[next].included ? 'include' : 'exclude');
    next += 2;
    const trained = trainRanker(corpus, decisions, { seed: 1, warm: last.ok ? last.warm : undefined });
    if (!trained.ok) throw new Error(trained.message);
    last = trained;
    rankModel = trained.model;
    if (rankUndecided(trained.model, corpus, decisions, () => undefined).length !== 10_000 - decisions.size) throw new Error('ranked the wrong records');
  }, 7);
  return { ms, coldMs, labelled: decisions.size, included: [...decisions.values()].filter((d) => d === 'include').length };
}

/** Scoring the 20 rows of a result page (texts not in the corpus) with a model posted from elsewhere. */
export function rankScoreRowsMs(): number {
  if (!rankModel) rankRetrain10k();
  const model = structuredClone(rankModel!);
  const rows = generateReview(20, 0.05, 99);
  return time(() => void scoreTexts(model, rows), 15, 10);
}
