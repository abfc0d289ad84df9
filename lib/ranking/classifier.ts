// One classifier, or an ensemble, fitted on the labelled rows of a corpus.
import type { WeightedRows } from './corpus';
import { fitNaiveBayes } from './bayes';
import { classWeights, dot, trainingSet, type LinearModel, type TrainingSet } from './linear';
import { fitLogistic } from './logistic';
import { fitSvm, type SolverOptions } from './svm';

export type ClassifierSpec =
  /** Linear SVM, squared hinge; the includes together weigh `ratio` times the excludes together. */
  { kind: 'svm'; C: number; ratio: number; tol?: number } | { kind: 'logistic'; C: number; ratio: number; tol?: number } | { kind: 'bayes'; alpha: number; ratio: number };

export interface FitContext {
  rows: WeightedRows;
  /** Corpus positions of the labelled records, in labelling order. */
  labelled: readonly number[];
  included: (doc: number) => boolean;
  /** Size of the corpus vocabulary. */
  dim: number;
  seed: number;
  /** A single SVM's dual variables to start from, one per labelled record (see fitSvm). */
  start?: Float64Array;
}

const SOLVER: Omit<SolverOptions, 'seed'> = { tol: 1e-3, maxEpochs: 200 };

function fitOne(set: TrainingSet, spec: ClassifierSpec, seed: number, start?: Float64Array): { w: Float64Array; bias: number; alpha?: Float64Array } {
  const weights = classWeights(set.y, spec.ratio);
  if (spec.kind === 'bayes') return fitNaiveBayes(set, weights, spec.alpha);
  const cost = weights.map((w) => w * spec.C);
  const options = { ...SOLVER, tol: spec.tol ?? (spec.kind === 'logistic' ? 0.01 : SOLVER.tol), seed, start: spec.kind === 'svm' ? start : undefined };
  const fitted = spec.kind === 'svm' ? fitSvm(set, cost, options) : fitLogistic(set, cost, options);
  return fitted;
}

/** Spread of a model's scores over the labelled rows (ensemble members are summed on one scale). */
function scoreSpread(model: { w: Float64Array; bias: number }, set: TrainingSet): number {
  const scores = set.ids.map((ids, i) => dot(model.w, ids, set.values[i]) + model.bias);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const variance = scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length;
  return Math.sqrt(variance) || 1;
}

/**
 * Fit the classifiers and, for an ensemble, sum them after scaling each to unit spread over the
 * labelled records: still one linear model, so scoring stays one dot product per record.
 */
export function fitClassifiers(specs: readonly ClassifierSpec[], context: FitContext): LinearModel & { duals?: Float64Array } {
  const set = trainingSet(context.rows, context.labelled, context.included, context.dim);
  const models = specs.map((spec) => fitOne(set, spec, context.seed, specs.length === 1 ? context.start : undefined));
  if (models.length === 1) return { weights: Float32Array.from(models[0].w), bias: models[0].bias, duals: models[0].alpha };
  const weights = new Float32Array(context.dim);
  let bias = 0;
  for (const m of models) {
    const scale = 1 / scoreSpread(m, set);
    for (let k = 0; k < weights.length; k++) weights[k] += m.w[k] * scale;
    bias += m.bias * scale;
  }
  return { weights, bias };
}
