// Multinomial naive Bayes over TF-IDF rows (as ASReview's first default model used it), as a
// linear scorer: the log-odds of each feature of the corpus vocabulary.
import type { TrainingSet } from './linear';

/** `weight`: each labelled record's weight (class balancing); `alpha`: additive smoothing. */
export function fitNaiveBayes(set: TrainingSet, weight: Float64Array, alpha: number): { w: Float64Array; bias: number } {
  const dim = set.dim;
  const counts = [new Float64Array(dim), new Float64Array(dim)];
  const totals = [0, 0];
  const mass = [0, 0];
  set.y.forEach((y, i) => {
    const c = y > 0 ? 1 : 0;
    const ids = set.ids[i];
    const values = set.values[i];
    mass[c] += weight[i];
    for (let k = 0; k < ids.length; k++) {
      const v = values[k] * weight[i];
      counts[c][ids[k]] += v;
      totals[c] += v;
    }
  });
  const denominator = [totals[0] + alpha * dim, totals[1] + alpha * dim];
  const w = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    w[j] = Math.log((counts[1][j] + alpha) / denominator[1]) - Math.log((counts[0][j] + alpha) / denominator[0]);
  }
  const bias = mass[0] > 0 && mass[1] > 0 ? Math.log(mass[1] / mass[0]) : 0;
  return { w, bias };
}
