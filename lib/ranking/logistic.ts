// L2-regularised logistic regression by dual coordinate descent (Yu, Huang & Lin, Machine
// Learning 85, 2011; LIBLINEAR's solver 7): each step solves one record's one-dimensional
// subproblem with a safeguarded Newton search. The bias is a constant feature of value 1.
import { seededRandom, shuffle } from './random';
import type { TrainingSet } from './linear';
import type { SolverOptions } from './svm';

/** The new dual value of one record: minimises ½a(t−α)² + b(t−α) + t·ln t + (C−t)·ln(C−t) on (0, C). */
function solveOne(a: number, b: number, alpha: number, c: number): number {
  let lo = 0;
  let hi = c;
  let t = Math.min(Math.max(alpha, c * 1e-12), c * (1 - 1e-12));
  for (let step = 0; step < 30; step++) {
    const g = a * (t - alpha) + b + Math.log(t / (c - t));
    if (Math.abs(g) < 1e-9) break;
    if (g > 0) hi = t;
    else lo = t;
    const next = t - g / (a + c / (t * (c - t)));
    // Newton's step, unless it leaves the bracket: then halve the bracket.
    t = next > lo && next < hi ? next : (lo + hi) / 2;
  }
  return t;
}

/** Weights and bias minimising ½‖w‖² + Σ cost_i · ln(1 + exp(−y_i(w·x_i + b))). */
export function fitLogistic(set: TrainingSet, cost: Float64Array, options: SolverOptions): { w: Float64Array; bias: number; epochs: number } {
  const n = set.y.length;
  const w = new Float64Array(set.dim);
  let bias = 0;
  const alpha = cost.map((c) => Math.min(0.001 * c, 1e-8));
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sq = 1;
    for (const v of set.values[i]) sq += v * v;
    qd[i] = sq;
    const d = alpha[i] * set.y[i];
    const ids = set.ids[i];
    for (let k = 0; k < ids.length; k++) w[ids[k]] += d * set.values[i][k];
    bias += d;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed);
  let epochs = 0;
  let firstMax = 0;
  while (epochs < options.maxEpochs) {
    epochs++;
    shuffle(order, random);
    let gMax = 0;
    for (const i of order) {
      const ids = set.ids[i];
      const values = set.values[i];
      let s = bias;
      for (let k = 0; k < ids.length; k++) s += w[ids[k]] * values[k];
      const b = set.y[i] * s;
      const old = alpha[i];
      gMax = Math.max(gMax, Math.abs(b + Math.log(old / (cost[i] - old))));
      alpha[i] = solveOne(qd[i], b, old, cost[i]);
      const d = (alpha[i] - old) * set.y[i];
      for (let k = 0; k < ids.length; k++) w[ids[k]] += d * values[k];
      bias += d;
    }
    if (epochs === 1) firstMax = gMax;
    if (gMax <= options.tol * Math.max(firstMax, 1)) break;
  }
  return { w, bias, epochs };
}
