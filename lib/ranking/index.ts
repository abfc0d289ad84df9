// Relevance ranking of what is left to screen. Pure and browser-free: runs in a worker, the
// background, a page or Node alike.
//
//   const corpus = createCorpus();
//   addRecords(corpus, records.map((r) => ({ key: r.key, text: r.article })));
//   const trained = trainRanker(corpus, decisions /* Map key → include|exclude|maybe */, { review });
//   if (trained.ok) rankUndecided(trained.model, corpus, decisions, textOf) // best first
//   else show(trained.message)                                             // imported order
export { addRecords, createCorpus, removeRecords, type Corpus } from './corpus';
export { trainRanker, type Label, type RankBasis, type RankModel, type RankUnavailableReason, type TrainOptions, type TrainResult, type WarmStart } from './ranker';
export { rankUndecided, scoreRecords, scoreTexts, type Ranked } from './score';
export { BAND_FROM, bandOf, relevanceOf, type Band } from './bands';
export { createRankSession, rankReview, rowRelevance, type RankInput, type RankSession, type Relevance, type ReviewRanking } from './review';
export { stoppingAid, type StoppingAid } from './stopping';
export { screeningMetrics, meanMetrics, type ScreeningMetrics } from './metrics';
export { simulate, type LabelledRecord, type SimulationOptions, type SimulationResult } from './simulate';
export { MODELS, REFERENCE_MODEL, SARING_MODEL, type ModelSpec } from './models';
export type { FeatureOptions, RankText } from './text';
