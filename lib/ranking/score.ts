// Scores from a trained model: for the records of the corpus, and for texts it has never seen
// (the rows of a result page), which are read with the model's own vocabulary and idf.
import { corpusIndex, vocabularyIndex, weightedCorpus, weightRow, type Corpus } from './corpus';
import { dot } from './linear';
import { protocolScore } from './protocol';
import type { RankModel } from './ranker';
import { extractFeatures, type RankText, type SparseFeatures } from './text';

function scoreFeatures(model: RankModel, features: SparseFeatures): number {
  const row = weightRow(features, model.idf, (id) => vocabularyIndex(model.vocabulary, id));
  return dot(model.weights, row.ids, row.values) + model.bias;
}

/** Scores of texts, in order: higher = more likely to be included. */
export function scoreTexts(model: RankModel, texts: readonly RankText[]): Float64Array {
  if (model.basis === 'protocol') return Float64Array.from(texts, (text) => protocolScore(model.terms, text));
  return Float64Array.from(texts, (text) => scoreFeatures(model, extractFeatures(text, model.features)));
}

/**
 * Scores of corpus records (by key; unknown keys score −Infinity). `textOf` gives a record's
 * text, needed only by a protocol-based model (the corpus keeps features, not texts).
 */
export function scoreRecords(model: RankModel, corpus: Corpus, keys: readonly string[], textOf: (key: string) => RankText | undefined): Float64Array {
  if (model.basis === 'protocol') return Float64Array.from(keys, (key) => protocolScore(model.terms, textOf(key) ?? {}));
  const index = corpusIndex(corpus);
  const { vocabulary, rows } = weightedCorpus(corpus);
  // Rows already over the model's vocabulary unless records were added since it was trained
  // (or the model was posted here): then each record is weighted with the model's own idf.
  const same = vocabulary.ids === model.vocabulary;
  return Float64Array.from(keys, (key) => {
    const at = index.get(key);
    if (at === undefined) return -Infinity;
    return same ? dot(model.weights, rows.ids[at], rows.values[at]) + model.bias : scoreFeatures(model, corpus.features[at]);
  });
}

export interface Ranked {
  key: string;
  score: number;
}

/**
 * The records without an include or exclude decision (maybe counts as undecided), best first;
 * ties keep the order records were added in.
 */
export function rankUndecided(model: RankModel, corpus: Corpus, decisions: ReadonlyMap<string, string>, textOf: (key: string) => RankText | undefined): Ranked[] {
  const keys = corpus.keys.filter((key) => {
    const d = decisions.get(key);
    return d !== 'include' && d !== 'exclude';
  });
  const scores = scoreRecords(model, corpus, keys, textOf);
  const order = keys.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.map((i) => ({ key: keys[i], score: scores[i] }));
}
