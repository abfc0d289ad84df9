// Linear SVM (L2-regularised, squared hinge loss) by dual coordinate descent with shrinking,
// the method of LIBLINEAR and so of scikit-learn's LinearSVC (Hsieh et al., ICML 2008). The
// bias is a constant feature of value 1, regularised like the others, as in LIBLINEAR.
import { seededRandom, shuffle } from './random';
import type { TrainingSet } from './linear';

export interface SolverOptions {
  /** Stop when the projected gradient's spread falls below this. */
  tol: number;
  maxEpochs: number;
  /** Seeds the order in which records are visited. */
  seed: number;
  /**
   * Dual variables to start from (one per record, ≥ 0): the last solution, when the review has
   * one more decision than when it was last trained. Any non-negative start is feasible for this
   * loss, and one close to the optimum converges in a few epochs instead of a dozen.
   */
  start?: Float64Array;
}

/** ‖x_i‖² + 1 (the bias feature) for each record. */
function squaredNorms(set: TrainingSet): Float64Array {
  return Float64Array.from(set.values, (values) => values.reduce((sum, v) => sum + v * v, 1));
}

/**
 * Weights and bias minimising ½‖w‖² + ½b² + Σ cost_i · max(0, 1 − y_i(w·x_i + b))². Records
 * whose dual variable sits at 0 with a gradient beyond the last epoch's spread are set aside
 * (shrinking) until the rest converge, then all are checked again.
 */
export function fitSvm(set: TrainingSet, cost: Float64Array, options: SolverOptions): { w: Float64Array; bias: number; epochs: number; alpha: Float64Array } {
  const { y, ids: rowIds, values: rowValues } = set;
  const n = y.length;
  const w = new Float64Array(set.dim);
  let bias = 0;
  const alpha = options.start ? Float64Array.from(options.start, (a) => (a > 0 ? a : 0)) : new Float64Array(n);
  // w = Σ αᵢ yᵢ xᵢ for the starting duals.
  for (let i = 0; i < n; i++) {
    if (!alpha[i]) continue;
    const d = alpha[i] * y[i];
    const ids = rowIds[i];
    const values = rowValues[i];
    for (let j = 0; j < ids.length; j++) w[ids[j]] += d * values[j];
    bias += d;
  }
  const diag = cost.map((c) => 0.5 / c);
  const qd = squaredNorms(set).map((sq, i) => sq + diag[i]);
  const index = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed);
  // Shrinking: the squared-hinge dual has no upper bound on α, so only α = 0 with a large
  // gradient is set aside (LIBLINEAR's lower-bound test; its upper-bound one never applies).
  let [active, oldMax, epochs] = [n, Infinity, 0];
  while (epochs < options.maxEpochs) {
    epochs++;
    shuffle(index.subarray(0, active), random);
    let [pgMax, pgMin] = [-Infinity, Infinity];
    for (let k = 0; k < active; k++) {
      const i = index[k];
      const ids = rowIds[i];
      const values = rowValues[i];
      let score = bias;
      for (let j = 0; j < ids.length; j++) score += w[ids[j]] * values[j];
      const g = y[i] * score - 1 + alpha[i] * diag[i];
      if (alpha[i] === 0 && g > oldMax) {
        index[k--] = index[--active];
        index[active] = i;
        continue;
      }
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (pg === 0) continue;
      const old = alpha[i];
      alpha[i] = Math.max(old - g / qd[i], 0);
      const d = (alpha[i] - old) * y[i];
      for (let j = 0; j < ids.length; j++) w[ids[j]] += d * values[j];
      bias += d;
    }
    if (pgMax - pgMin <= options.tol || active === 0) {
      if (active === n) break;
      [active, oldMax] = [n, Infinity];
      continue;
    }
    oldMax = pgMax <= 0 ? Infinity : pgMax;
  }
  return { w, bias, epochs, alpha };
}
