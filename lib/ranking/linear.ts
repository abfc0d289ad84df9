// Linear scorers over the corpus vocabulary, and the training set the solvers read.
import type { WeightedRows } from './corpus';

/** score(x) = w·x + bias, with w over the vocabulary's positions. Plain data. */
export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

export interface TrainingSet {
  ids: Int32Array[];
  values: Float32Array[];
  /** +1 include, −1 exclude. */
  y: Float64Array;
  /** Size of the vocabulary (the length of the weight vector). */
  dim: number;
}

export function trainingSet(rows: WeightedRows, labelled: readonly number[], included: (doc: number) => boolean, dim: number): TrainingSet {
  return {
    ids: labelled.map((doc) => rows.ids[doc]),
    values: labelled.map((doc) => rows.values[doc]),
    y: Float64Array.from(labelled, (doc) => (included(doc) ? 1 : -1)),
    dim,
  };
}

/**
 * Per-record weights under which the includes together weigh `ratio` times the excludes
 * together, scaled to sum to the number of records (as ASReview's balancer gives them to
 * scikit-learn).
 */
export function classWeights(y: Float64Array, ratio: number): Float64Array {
  let positives = 0;
  for (const v of y) if (v > 0) positives++;
  const negatives = y.length - positives;
  const negative = negatives && positives ? positives / (ratio * negatives) : 1;
  const weights = y.map((v) => (v > 0 ? 1 : negative));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w * y.length) / sum);
}

export function dot(weights: ArrayLike<number>, ids: Int32Array, values: Float32Array): number {
  let s = 0;
  for (let k = 0; k < ids.length; k++) s += weights[ids[k]] * values[k];
  return s;
}

/** Scores of the given corpus rows. */
export function scoreRows(model: LinearModel, rows: WeightedRows, docs: readonly number[]): Float64Array {
  const scores = new Float64Array(docs.length);
  docs.forEach((doc, i) => (scores[i] = dot(model.weights, rows.ids[doc], rows.values[doc]) + model.bias));
  return scores;
}
