// Screening simulated on a labelled dataset: the model sees only the labels "screened" so far.
// Starts from one random include and one random exclude (the prior), then repeatedly screens
// the top-ranked unlabelled record and retrains: after every label up to `retrainEveryUntil`
// labels, then after every `retrainEvery` labels; until every include is found.
import { fitClassifiers } from './classifier';
import { addRecords, createCorpus, weightedCorpus } from './corpus';
import { scoreRows } from './linear';
import { screeningMetrics, type ScreeningMetrics } from './metrics';
import type { ModelSpec } from './models';
import { seededRandom } from './random';
import type { RankText } from './text';

export interface LabelledRecord extends RankText {
  included: boolean;
}

export interface SimulationOptions {
  model: ModelSpec;
  seed: number;
  retrainEveryUntil?: number;
  retrainEvery?: number;
  /** Called after each retraining with the unlabelled records and their scores (for measuring bands). */
  observe?: (screened: number, open: readonly number[], scores: Float64Array) => void;
}

export interface SimulationResult {
  /** Record positions in screening order, the two prior records first. */
  order: number[];
  metrics: ScreeningMetrics;
}

/** Positions of the next `count` records, best score first (ties: earlier record first). */
function topUnlabelled(scores: Float64Array, docs: number[], count: number): number[] {
  const best = docs.map((doc, i) => ({ doc, score: scores[i] }));
  if (count === 1) {
    let top = best[0];
    for (const b of best) if (b.score > top.score) top = b;
    return [top.doc];
  }
  return best
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, count)
    .map((b) => b.doc);
}

function prior(records: readonly LabelledRecord[], seed: number): number[] {
  const random = seededRandom(seed);
  const pick = (included: boolean) => {
    const ids = records.flatMap((r, i) => (r.included === included ? [i] : []));
    return ids[Math.floor(random() * ids.length)];
  };
  return [pick(true), pick(false)];
}

/** Throws when the records hold no include or no exclude (the caller's input error). */
export function simulate(records: readonly LabelledRecord[], options: SimulationOptions): SimulationResult {
  const includes = records.filter((r) => r.included).length;
  if (!includes || includes === records.length) throw new Error('the simulation needs at least one included and one excluded record');
  const corpus = createCorpus(options.model.features);
  addRecords(
    corpus,
    records.map((text, i) => ({ key: String(i), text })),
  );
  const { vocabulary, rows } = weightedCorpus(corpus);
  const order = prior(records, options.seed);
  const labelled = new Uint8Array(records.length);
  for (const doc of order) labelled[doc] = 1;
  let found = 1;
  const until = options.retrainEveryUntil ?? 500;
  const every = options.retrainEvery ?? 10;
  while (found < includes) {
    const model = fitClassifiers(options.model.classifiers, {
      rows,
      labelled: order,
      included: (doc) => records[doc].included,
      dim: vocabulary.ids.length,
      seed: options.seed + order.length,
    });
    const open = [];
    for (let doc = 0; doc < records.length; doc++) if (!labelled[doc]) open.push(doc);
    const scores = scoreRows(model, rows, open);
    options.observe?.(order.length, open, scores);
    for (const doc of topUnlabelled(scores, open, order.length < until ? 1 : every)) {
      order.push(doc);
      labelled[doc] = 1;
      if (records[doc].included && ++found === includes) break;
    }
  }
  return {
    order,
    metrics: screeningMetrics(
      order.map((doc) => records[doc].included),
      records.length,
    )!,
  };
}
